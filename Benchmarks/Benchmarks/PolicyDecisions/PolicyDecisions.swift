import Benchmark
import Foundation
import OpenServicesPolicy

/// Latency of single policy decisions (`PolicySet.isAuthorized`) on three workloads:
/// - the fixed BRP workload in `Fixtures/` (200 policies, 100 entities, 2,000 requests; Cedar allows exactly 46),
/// - a Google-Drive-shaped workload (users, groups, nested folders, documents with owners and viewer groups),
/// - a GitHub-shaped workload (users, teams, organisations, repositories with reader/writer/admin teams).
/// Each iteration is one decision, so the wallClock percentiles are per-decision latencies.
let benchmarks: @Sendable () -> Void = {
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .throughput],
        warmupIterations: 2_000,
        scalingFactor: .one,
        maxDuration: .seconds(5),
        maxIterations: 200_000
    )

    let brp = Workload.brp()
    let expectedAllows = brp.requests.filter { brp.decide($0).isAllowed }.count
    precondition(expectedAllows == 46, "the BRP workload must allow exactly 46 requests, got \(expectedAllows)")

    for workload in [brp, Workload.gdrive(), Workload.github()] {
        let cursor = Cursor(count: workload.requests.count)
        Benchmark("policy decision \(workload.name)", configuration: configuration) { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(workload.decide(workload.requests[cursor.next()]))
            }
        }
    }

    let bundle = Workload.brpBundle()
    let bundleRequests = Workload.brpRequests()
    let cursor = Cursor(count: bundleRequests.count)
    Benchmark("policy decision BRP bundle (purposes, fields, minimise)", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(bundle.authorize(bundleRequests[cursor.next()]))
        }
    }
}

/// Cycles through the requests across benchmark invocations (each sample runs the closure anew).
final class Cursor: @unchecked Sendable {
    private var index = 0
    private let count: Int

    init(count: Int) { self.count = count }

    func next() -> Int {
        let i = index
        index = index + 1 == count ? 0 : index + 1
        return i
    }
}

/// A policy set, entities and pre-parsed requests.
struct Workload: Sendable {
    struct Request: Sendable {
        let principal: EntityUID
        let action: EntityUID
        let resource: EntityUID
        let context: Value
    }

    let name: String
    let policies: PolicySet
    let entities: Entities
    let requests: [Request]

    func decide(_ r: Request) -> Decision {
        policies.isAuthorized(principal: r.principal, action: r.action, resource: r.resource, context: r.context, entities: entities)
    }

    static func fixture(_ name: String) -> String {
        guard let url = Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil)
            ?? Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"),
            let data = FileManager.default.contents(atPath: url.path)
        else { fatalError("missing fixture \(name)") }
        return String(decoding: data, as: UTF8.self)
    }

    /// The BRP workload from `Fixtures/` (plain Cedar: the purpose is a string in the context).
    static func brp() -> Workload {
        do {
            let decoder = EntityJSONDecoder()
            let policies = try PolicySet(text: fixture("policies.cedar"))
            let entities = try decoder.entities(json: fixture("entities.json"))
            let requests = try (JSONParser.parse(fixture("requests.json")).arrayValue ?? []).map { j throws(PolicyParseError) in
                let action = try decoder.entityUID(j["action"] ?? .null)
                return Request(principal: try decoder.entityUID(j["principal"] ?? .null), action: action,
                               resource: try decoder.entityUID(j["resource"] ?? .null),
                               context: .record(try decoder.context(j["context"] ?? .null, action: action)))
            }
            return Workload(name: "BRP (200 policies)", policies: policies, entities: entities, requests: requests)
        } catch {
            fatalError("cannot load the BRP workload: \(error)")
        }
    }

    /// The same BRP requests through a bundle with a purpose tree and `@fields` obligations.
    static func brpBundle() -> PolicyBundle {
        let purposes = ["toeslagen", "zorgtoeslag", "huurtoeslag", "wmo", "onderzoek", "verkiezingen", "belastingen", "handhaving"]
        let text = fixture("policies.cedar")
            .replacingOccurrences(of: "context.purpose == \"", with: "context.purpose in Purpose::\"")
            .replacingOccurrences(of: "permit(", with: "@fields(\"naam,geboorte,verblijfplaats.adres\")\npermit(")
        do {
            let tree = try PurposeTree(purposes.map { Purpose(id: $0, parent: $0 == "zorgtoeslag" || $0 == "huurtoeslag" ? "toeslagen" : nil) })
            let entities = try EntityJSONDecoder().entityList(try JSONParser.parse(fixture("entities.json")))
            return try PolicyBundle(policies: try PolicySet(text: text), purposes: tree, entities: entities)
        } catch {
            fatalError("cannot build the BRP bundle: \(error)")
        }
    }

    static func brpRequests() -> [AuthorizationRequest] {
        brp().requests.map { r in
            var purpose: String?
            if case let .record(c) = r.context, case let .string(p)? = c["purpose"] { purpose = p }
            return AuthorizationRequest(principal: r.principal, action: r.action, resource: r.resource, purpose: purpose,
                                        requestedFields: ["naam.voornamen", "verblijfplaats.adres"], fieldMode: .minimise)
        }
    }

    /// A deterministic pseudo-random generator, so the synthetic workloads are the same on every run.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Google-Drive-shaped: 500 users in 50 groups; 2,000 documents in a folder tree; owner, viewer groups, public flag.
    static func gdrive() -> Workload {
        var rng = SplitMix(state: 42)
        var list: [Entity] = []
        let groups = (0..<50).map { EntityUID(type: "Group", id: "g\($0)") }
        for g in groups { list.append(Entity(uid: g)) }
        let users = (0..<500).map { EntityUID(type: "User", id: "u\($0)") }
        for u in users { list.append(Entity(uid: u, parents: [groups.randomElement(using: &rng)!, groups.randomElement(using: &rng)!])) }
        var folders: [EntityUID] = []
        for f in 0..<200 {
            let uid = EntityUID(type: "Folder", id: "f\(f)")
            let parents: Set<EntityUID> = folders.isEmpty ? [] : [folders.randomElement(using: &rng)!]
            list.append(Entity(uid: uid, attributes: ["owner": .entity(users.randomElement(using: &rng)!)], parents: parents))
            folders.append(uid)
        }
        let documents = (0..<2_000).map { EntityUID(type: "Document", id: "d\($0)") }
        for d in documents {
            list.append(Entity(uid: d, attributes: [
                "owner": .entity(users.randomElement(using: &rng)!),
                "viewers": .entity(groups.randomElement(using: &rng)!),
                "editors": .entity(groups.randomElement(using: &rng)!),
                "isPublic": .bool(Int.random(in: 0..<20, using: &rng) == 0),
            ], parents: [folders.randomElement(using: &rng)!]))
        }
        let policies = """
        permit(principal, action, resource is Document) when { resource.owner == principal };
        permit(principal, action == Action::"view", resource is Document) when { resource.isPublic };
        permit(principal, action == Action::"view", resource is Document) when { principal in resource.viewers };
        permit(principal, action in [Action::"view", Action::"edit"], resource is Document) when { principal in resource.editors };
        permit(principal, action in [Action::"view", Action::"edit"], resource in Folder::"f0") when { principal in Group::"g0" };
        forbid(principal, action == Action::"delete", resource is Document) unless { resource.owner == principal };
        """
        let actions = ["view", "edit", "delete"].map { EntityUID(type: "Action", id: $0) }
        let requests = (0..<2_000).map { _ in
            Request(principal: users.randomElement(using: &rng)!, action: actions.randomElement(using: &rng)!,
                    resource: documents.randomElement(using: &rng)!, context: .record([:]))
        }
        return Workload(name: "gdrive-shaped", policies: try! PolicySet(text: policies), entities: Entities(list), requests: requests)
    }

    /// GitHub-shaped: 1,000 users, 100 teams in 10 organisations, 500 repositories with reader/writer/maintainer/admin teams.
    static func github() -> Workload {
        var rng = SplitMix(state: 7)
        var list: [Entity] = []
        let orgs = (0..<10).map { EntityUID(type: "Org", id: "o\($0)") }
        for o in orgs { list.append(Entity(uid: o)) }
        let teams = (0..<100).map { EntityUID(type: "Team", id: "t\($0)") }
        for (i, t) in teams.enumerated() { list.append(Entity(uid: t, parents: [orgs[i % orgs.count]])) }
        let users = (0..<1_000).map { EntityUID(type: "User", id: "u\($0)") }
        for u in users { list.append(Entity(uid: u, parents: [teams.randomElement(using: &rng)!, teams.randomElement(using: &rng)!])) }
        let repos = (0..<500).map { EntityUID(type: "Repository", id: "r\($0)") }
        for r in repos {
            list.append(Entity(uid: r, attributes: [
                "readers": .entity(teams.randomElement(using: &rng)!),
                "writers": .entity(teams.randomElement(using: &rng)!),
                "maintainers": .entity(teams.randomElement(using: &rng)!),
                "admins": .entity(teams.randomElement(using: &rng)!),
                "owner": .entity(orgs.randomElement(using: &rng)!),
                "archived": .bool(Int.random(in: 0..<10, using: &rng) == 0),
            ]))
        }
        let policies = """
        permit(principal, action == Action::"pull", resource) when { principal in resource.readers || principal in resource.writers || principal in resource.maintainers || principal in resource.admins };
        permit(principal, action == Action::"fork", resource) when { principal in resource.owner };
        permit(principal, action == Action::"push", resource) when { principal in resource.writers || principal in resource.maintainers || principal in resource.admins };
        permit(principal, action in [Action::"add_reader", Action::"add_writer"], resource) when { principal in resource.maintainers || principal in resource.admins };
        permit(principal, action == Action::"delete", resource) when { principal in resource.admins };
        forbid(principal, action in [Action::"push", Action::"add_writer"], resource) when { resource.archived };
        """
        let actions = ["pull", "fork", "push", "add_reader", "add_writer", "delete"].map { EntityUID(type: "Action", id: $0) }
        let requests = (0..<2_000).map { _ in
            Request(principal: users.randomElement(using: &rng)!, action: actions.randomElement(using: &rng)!,
                    resource: repos.randomElement(using: &rng)!, context: .record([:]))
        }
        return Workload(name: "github-shaped", policies: try! PolicySet(text: policies), entities: Entities(list), requests: requests)
    }
}
