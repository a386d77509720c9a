public import OpenServicesCore

/// The error codes the BRP API puts in its problem+json `code`, and the helpers that recognise them
/// on an ``OpenServicesError``.
///
/// ```swift
/// do {
///     _ = try await brp.search(.streetHouseNumberAndMunicipality(straat: "Breestraatsteeg", huisnummer: 40, gemeenteVanInschrijving: "0546"), fields: ["naam"])
/// } catch let error as OpenServicesError where error.isTooManyResults {
///     // refine the search: add huisletter, huisnummertoevoeging, geslachtsnaam or geboortedatum
/// }
/// ```
public enum BRPProblem: String, Sendable, Hashable, CaseIterable {
    /// 400: a search matched more persons than the service returns (10, or 30 for postcode and house number).
    case tooManyResults
    /// 403: the caller is not authorised for one or more of the requested fields.
    case unauthorizedField
    /// 403: the caller is not authorised for one of the search parameters or for the query type.
    case unauthorizedParameter
    /// 403: the caller is not authorised for this operation.
    case unauthorized
    /// 400: one or more parameters broke a rule; `invalidParams` says which.
    case paramsValidation
    /// 400: a required parameter, or the minimal combination of parameters, is missing.
    case paramsCombination
    /// 400: a parameter the query type does not know was given.
    case unknownParam
    /// 406: the requested media type (`Accept`) is not supported.
    case notAcceptable
    /// 415: the request body's media type (`Content-Type`) is not supported.
    case unsupported

    /// The BRP error code of `error`, when the BRP answered with one this client knows.
    public init?(_ error: OpenServicesError) {
        guard let code = error.serviceError?.code, let problem = BRPProblem(rawValue: code) else { return nil }
        self = problem
    }

    /// `error` with a message and remediation that explain the BRP's code in terms of the SDK call.
    static func explained(_ error: OpenServicesError, type: BRPQueryType) -> OpenServicesError {
        var error = error
        switch BRPProblem(error) {
        case .tooManyResults:
            error.message = "The BRP search found more than \(type.maximumResults ?? 10) persons (\(type.rawValue))."
            error.remediation = "Refine the search: add voornamen, geslacht, geboortedatum, huisletter or huisnummertoevoeging."
        case .unauthorizedField:
            error.message = "The BRP refused one or more of the requested fields: the caller's authorisation does not cover them."
            error.remediation = "Ask only for the fields your organisation's BRP authorisation (autorisatiebesluit) covers."
        case .paramsValidation, .paramsCombination, .unknownParam:
            error.message = "The BRP rejected the query parameters (\(type.rawValue))."
        default:
            break
        }
        return error
    }
}

extension OpenServicesError {
    /// Whether the BRP answered `tooManyResults`: the search must be refined.
    public var isTooManyResults: Bool { BRPProblem(self) == .tooManyResults }

    /// Whether the BRP answered `unauthorizedField`: a requested field is not covered by the caller's authorisation.
    public var isUnauthorizedField: Bool { BRPProblem(self) == .unauthorizedField }

    /// Whether the BRP answered `paramsValidation`: ``serviceError`` lists the invalid parameters.
    public var isParamsValidation: Bool { BRPProblem(self) == .paramsValidation }
}
