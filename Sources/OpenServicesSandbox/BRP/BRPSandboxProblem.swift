import HTTPTypes
import OpenServicesCore

/// A refusal of the BRP sandbox, in the shape the BRP API gives it.
struct BRPSandboxProblem: Error {
    var status: HTTPResponse.Status = .badRequest
    var title: String
    var code: String
    var detail: String?
    var invalidParams: [InvalidParameter] = []

    /// `paramsValidation`: one or more parameters broke a rule.
    static func validation(_ invalid: [InvalidParameter]) -> BRPSandboxProblem {
        BRPSandboxProblem(
            title: "Een of meerdere parameters zijn niet correct.", code: "paramsValidation",
            detail: "De foutieve parameter(s) zijn: \(invalid.map(\.name).joined(separator: ", ")).", invalidParams: invalid)
    }

    /// `paramsCombination`: required parameters are missing.
    static func combination(_ missing: [String]) -> BRPSandboxProblem {
        BRPSandboxProblem(
            title: "Minimale combinatie van parameters moet worden opgegeven.", code: "paramsCombination",
            detail: "De foutieve parameter(s) zijn: \(missing.joined(separator: ", ")).",
            invalidParams: missing.map { InvalidParameter(name: $0, code: "required", reason: "Parameter is verplicht.") })
    }

    /// `tooManyResults`: a search found more persons than the maximum.
    static func tooManyResults(_ maximum: Int) -> BRPSandboxProblem {
        BRPSandboxProblem(
            title: "Teveel zoekresultaten.", code: "tooManyResults",
            detail: "Meer dan maximum van \(maximum) zoekresultaten gevonden. Verfijn de zoekopdracht.")
    }

    func response(instance: String) -> ServiceResponse {
        SandboxResponses.problem(
            status: status, title: title, code: code, detail: detail, instance: instance, invalidParams: invalidParams)
    }
}
