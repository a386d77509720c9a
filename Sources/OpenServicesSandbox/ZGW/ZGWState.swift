import Foundation

/// Everything the ZGW fakes hold: the resources of all six APIs (canonical URLs, see ``ZGWURLs``),
/// document contents and locks, audit trails and identificatie counters. A value type, mutated only
/// inside ``ZGWStore``.
struct ZGWState: Sendable {
    /// collection → uuid → resource.
    var objects: [String: [String: ZGWObject]] = [:]
    /// collection → uuids in creation order.
    var order: [String: [String]] = [:]
    /// document uuid → versie → content.
    var contents: [String: [Int: Data]] = [:]
    /// document uuid → versie → the document as it was.
    var versions: [String: [Int: ZGWObject]] = [:]
    /// document uuid → lock.
    var locks: [String: String] = [:]
    /// hoofdObject URL → audit trail entries, oldest first.
    var audit: [String: [ZGWObject]] = [:]
    /// identificatie prefix and year → last number used.
    var counters: [String: Int] = [:]

    func object(_ collection: String, _ uuid: String) -> ZGWObject? { objects[collection]?[uuid] }

    /// The resource a canonical URL names.
    func object(at url: String) -> ZGWObject? {
        guard let target = ZGWURLs.resolve(url) else { return nil }
        return object(target.collection, target.uuid)
    }

    /// Every resource of a collection, oldest first.
    func all(_ collection: String) -> [ZGWObject] {
        (order[collection] ?? []).compactMap { objects[collection]?[$0] }
    }

    mutating func store(_ collection: String, _ uuid: String, _ object: ZGWObject) {
        if objects[collection]?[uuid] == nil { order[collection, default: []].append(uuid) }
        objects[collection, default: [:]][uuid] = object
    }

    mutating func remove(_ collection: String, _ uuid: String) {
        objects[collection]?[uuid] = nil
        order[collection]?.removeAll { $0 == uuid }
    }

    /// Removes every resource of a collection whose `field` holds `url`; returns them.
    @discardableResult
    mutating func removeAll(_ collection: String, where field: String, is url: String) -> [ZGWObject] {
        let doomed = all(collection).filter { $0.text(field) == url }
        for object in doomed { if let uuid = Self.uuid(of: object) { remove(collection, uuid) } }
        return doomed
    }

    /// The next `PREFIX-YYYY-0000000001`.
    mutating func nextIdentificatie(_ prefix: String, at date: Date) -> String {
        let year = ZGWDates.year(date)
        let number = (counters[prefix + year] ?? 0) + 1
        counters[prefix + year] = number
        let digits = String(number)
        return "\(prefix)-\(year)-" + String(repeating: "0", count: max(0, 10 - digits.count)) + digits
    }

    /// The uuid at the end of a resource's URL.
    static func uuid(of object: ZGWObject) -> String? {
        object.text("url").flatMap { ZGWURLs.resolve($0)?.uuid }
    }

    /// Whether a Catalogi type is a concept: its own `concept`, or its zaaktype's.
    func isConcept(_ type: ZGWObject) -> Bool {
        if let concept = type["concept"]?.bool { return concept }
        return type.text("zaaktype").flatMap { object(at: $0) }?["concept"]?.bool ?? false
    }

    /// The zaak's status with the latest `datumStatusGezet` (ties: the last one set).
    func latestStatus(of zaak: String) -> ZGWObject? {
        var latest: (status: ZGWObject, date: Date)?
        for status in all("statussen") where status.text("zaak") == zaak {
            let date = ZGWDates.dateTime(status.text("datumStatusGezet") ?? "") ?? .distantPast
            if latest == nil || date >= latest!.date { latest = (status, date) }
        }
        return latest?.status
    }
}
