import BenchmarkSupport
import Foundation
import OpenServicesCore
import OpenServicesHTTP
import OpenServicesZGW
import Synchronization

// Measures the resident memory of uploading and downloading a large document through DocumentenClient
// on HTTPConnector, against a loopback Hummingbird server in the same process that streams too
// (StreamingDocumentServer): the upload is generated on the fly (DocumentContent(length:chunks:)) and its
// base64 produced piece by piece while it is sent; the download is written to a temporary file chunk by
// chunk. Memory is VmRSS sampled every 2 ms and VmHWM (reset before each phase), above the baseline taken
// just before it, after a 1 MiB warm-up upload and download so that connection set-up is not counted.
// Usage: swift run -c release DocumentStreaming [megabytes (default 50)]
// Exits with 1 when the server did not decode exactly the bytes sent (count and sum), or the file has another size.

let megabytes = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 0 : 50
guard megabytes > 0 else {
    FileHandle.standardError.write(Data("usage: DocumentStreaming [megabytes (default 50)]\n".utf8))
    exit(2)
}
let size = megabytes << 20
/// The upload's content, made chunk by chunk while it is sent.
enum GeneratedContent {
    static let chunkSize = DocumentContent.defaultChunkSize

    /// `size` bytes in chunks of 192 KiB, each made when the upload asks for it.
    static func make(_ size: Int) -> DocumentContent {
        let next = Mutex(0)
        return DocumentContent(length: size, chunks: AsyncStream<Data>(unfolding: {
            let offset = next.withLock { offset in
                defer { offset += chunkSize }
                return offset
            }
            return offset < size ? Data(repeating: fill(ofChunkAt: offset), count: min(chunkSize, size - offset)) : nil
        }))
    }

    /// The byte the chunk at `offset` is filled with: it differs from chunk to chunk, so the sum checks the content.
    static func fill(ofChunkAt offset: Int) -> UInt8 { UInt8(truncatingIfNeeded: offset / chunkSize &* 37 &+ 1) }

    /// The sum of the bytes of `make(size)`, as the server's `Base64Counter` computes it.
    static func checksum(of size: Int) -> UInt64 {
        stride(from: 0, to: size, by: chunkSize).reduce(0) { sum, offset in
            sum &+ UInt64(fill(ofChunkAt: offset)) &* UInt64(min(chunkSize, size - offset))
        }
    }
}

func mebibytes(_ bytes: Int) -> String { String(format: "%.1f MiB", Double(bytes) / 1_048_576) }
func signed(_ bytes: Int) -> String { (bytes < 0 ? "-" : "+") + mebibytes(abs(bytes)) }

let server = try await StreamingDocumentServer.start()
let client = DocumentenClient(pipeline: Pipeline(connector: HTTPConnector(), retry: .none), baseURL: server.rootURL)
var request = EnkelvoudigInformatieObjectRequest(
    bronorganisatie: "002220647", creatiedatum: "2026-03-02", titel: "Benchmark", auteur: "Gemeente Sandbox",
    informatieobjecttype: try ZGWResourceURL("http://127.0.0.1/catalogi/api/v1/informatieobjecttypen/0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d"))
request.bestandsnaam = "benchmark.bin"
request.formaat = "application/octet-stream"
let folder = FileManager.default.temporaryDirectory
var failures: [String] = []

// Warm-up: 1 MiB up and down, so that the connection, NIO's buffers and the allocator are set up.
let warmUp = try await client.createDocument(request, content: GeneratedContent.make(1 << 20))
let warmUpFile = folder.appending(path: "DocumentStreaming-warm-up-\(UUID().uuidString).bin")
_ = try await client.download(warmUp, to: warmUpFile)
try? FileManager.default.removeItem(at: warmUpFile)

let (document, upload) = try await ResidentMemory.measure {
    try await client.createDocument(request, content: GeneratedContent.make(size))
}
let received = document.url.uuid.flatMap { server.upload($0) }
let decoded = received?.content.decoded ?? -1
if decoded != size || received?.content.invalid != false || received?.content.finished != true {
    failures.append("upload: the server decoded \(decoded) bytes, expected \(size) (valid base64: \(received?.content.invalid == false))")
} else if received?.content.checksum != GeneratedContent.checksum(of: size) {
    failures.append("upload: the decoded bytes differ from those sent (sum \(received?.content.checksum ?? 0), expected \(GeneratedContent.checksum(of: size)))")
}

let file = folder.appending(path: "DocumentStreaming-\(UUID().uuidString).bin")
let (written, download) = try await ResidentMemory.measure {
    try await client.download(document, to: file)
}
let onDisk = (try? FileManager.default.attributesOfItem(atPath: file.path(percentEncoded: false))[.size] as? Int) ?? -1
try? FileManager.default.removeItem(at: file)
if written != size || onDisk != size {
    failures.append("download: \(written) bytes written, \(onDisk) in the file, expected \(size)")
}
server.stop()

print("DocumentStreaming: \(megabytes) MiB through DocumentenClient on HTTPConnector, loopback Hummingbird server in the same process")
if ResidentMemory.current() == nil { print("(no /proc/self/status here: the memory figures need Linux)") }
let hwmNote = upload.highWaterMarkSinceStart ? " (VmHWM could not be reset: it is the peak since start)" : ""
print("resident memory (VmRSS) sampled every 2 ms; baseline just before each phase, after a 1 MiB warm-up up and down\(hwmNote)")
print("phase      baseline  VmRSS peak      growth  VmHWM growth  samples      time    throughput")
for (name, measured) in [("upload", upload), ("download", download)] {
    let columns = [
        mebibytes(measured.baseline).leftPadded(10), mebibytes(measured.peak).leftPadded(11), signed(measured.growth).leftPadded(11),
        signed(measured.highWaterMarkGrowth).leftPadded(13), String(measured.samples).leftPadded(8),
        String(format: "%.2f s", measured.seconds).leftPadded(9),
        String(format: "%.1f MiB/s", Double(size) / 1_048_576 / measured.seconds).leftPadded(13),
    ]
    print(name.padding(toLength: 8, withPad: " ", startingAt: 0) + columns.joined(separator: " "))
}
let base64 = 4 * ((size + 2) / 3)
print("upload body on the wire: \(mebibytes(received?.bodyBytes ?? 0)) of JSON; the server decoded \(decoded) bytes of inhoud")
print("download: \(written) bytes written to a temporary file")
print("buffering instead would hold the whole document at once: \(mebibytes(size)), or its base64 \(mebibytes(base64))")
if !failures.isEmpty {
    for failure in failures { FileHandle.standardError.write(Data("DocumentStreaming FAILED: \(failure)\n".utf8)) }
    exit(1)
}

extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
