import ArgumentParser
import Foundation
import OpenServicesPolicy

/// `openservices policy test`: runs Cedar integration-test manifests and reports mismatches.
struct PolicyTestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run Cedar integration-test manifests (JSON files or folders of them)."
    )

    @Argument(help: "Manifest files or folders containing manifests.")
    var manifests: [String]

    @Option(help: "Directory the manifests' file paths are relative to.")
    var root: String?

    @Option(help: "Output format: text or json.")
    var output: PolicyOutputFormat = .text

    @Flag(help: "Print every manifest's counts, not only mismatches.")
    var verbose = false

    @Flag(help: "Do not check `shouldValidate` against the validator.")
    var skipValidation = false

    func run() async throws {
        let files = ConformanceRunner.manifests(in: manifests)
        guard !files.isEmpty else { throw ValidationError("no manifests found") }
        let runner = ConformanceRunner(root: root, checkValidation: !skipValidation)
        var passed = 0, failed = 0
        var skipped: [String: Int] = [:]
        var validationAgreed = 0, validationDisagreed = 0
        var jsonMismatches: [String] = []
        for file in files {
            let r = runner.run(manifest: file)
            passed += r.passed
            failed += r.failed
            for (k, v) in r.skippedByFeature { skipped[k, default: 0] += v }
            if let agreed = r.validationAgreed {
                if agreed { validationAgreed += 1 } else { validationDisagreed += 1 }
            }
            if output == .text {
                for m in r.mismatches { print("MISMATCH \(m)") }
                if let d = r.validationDetail, verbose { print("VALIDATION \(file): \(d)") }
                if verbose { print("\(file): \(r.passed) passed, \(r.failed) failed") }
            } else {
                jsonMismatches += r.mismatches.map { "{\"manifest\":\(PolicyCLIOutput.jsonString($0.manifest)),\"request\":\(PolicyCLIOutput.jsonString($0.request)),\"detail\":\(PolicyCLIOutput.jsonString($0.detail))}" }
            }
        }
        let skippedTotal = skipped.values.reduce(0, +)
        if output == .json {
            let skippedJSON = skipped.keys.sorted().map { "\(PolicyCLIOutput.jsonString($0)):\(skipped[$0]!)" }.joined(separator: ",")
            print("{\"passed\":\(passed),\"failed\":\(failed),\"skipped\":\(skippedTotal),\"skippedByFeature\":{\(skippedJSON)},\"validation\":{\"agreed\":\(validationAgreed),\"disagreed\":\(validationDisagreed)},\"mismatches\":[\(jsonMismatches.joined(separator: ","))]}")
        } else {
            if validationAgreed + validationDisagreed > 0 {
                print("validation: \(validationAgreed) manifests agree with shouldValidate, \(validationDisagreed) disagree")
            }
            for k in skipped.keys.sorted() { print("skipped (unsupported feature \(k)): \(skipped[k]!)") }
            var line = "\(passed) passed, \(failed) failed"
            if skippedTotal > 0 { line += ", \(skippedTotal) skipped" }
            print(line)
        }
        if failed > 0 { throw ExitCode(1) }
    }
}
