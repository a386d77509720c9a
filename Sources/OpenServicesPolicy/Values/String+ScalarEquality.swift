extension String {
    /// Equality by Unicode scalars (UTF-8 bytes), as Cedar compares strings, rather than Swift's canonical equivalence.
    @inline(__always)
    func scalarEquals(_ other: String) -> Bool {
        let a = utf8, b = other.utf8
        guard a.count == b.count else { return false }
        if let result = a.withContiguousStorageIfAvailable({ pa in
            b.withContiguousStorageIfAvailable { pb -> Bool in
                guard let x = pa.baseAddress, let y = pb.baseAddress else { return pa.count == pb.count }
                if x == y { return true }
                var i = 0
                let n = pa.count
                while i < n {
                    if x[i] != y[i] { return false }
                    i += 1
                }
                return true
            }
        }), let result { return result }
        return a.elementsEqual(b)
    }
}
