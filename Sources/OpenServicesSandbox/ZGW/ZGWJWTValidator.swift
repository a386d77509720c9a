import Crypto
import Foundation
import HTTPTypes
import OpenServicesCore

/// Who called, as the JWT says: recorded in the audit trail.
struct ZGWClaims: Sendable {
    var clientID: String
    var userID: String
    var userRepresentation: String
}

/// Checks the ZGW JWT of a request the way Open Zaak does (HS256, `iat` required, no clock leeway,
/// refused 3600 s after `iat`), answering 403 with Open Zaak's error codes.
enum ZGWJWTValidator {
    enum Outcome {
        case accepted(ZGWClaims)
        case refused(ServiceResponse)
    }

    /// How long after `iat` a token is refused, even without `exp`.
    static let maximumAge: TimeInterval = 3600

    static func authenticate(_ fields: HTTPFields, now: Date) -> Outcome {
        guard let header = fields[.authorization], header.hasPrefix("Bearer "),
              case let parts = header.dropFirst("Bearer ".count).split(separator: ".", omittingEmptySubsequences: false),
              parts.count == 3,
              let head = decodeObject(parts[0]), let claims = decodeObject(parts[1]), let signature = base64URL(parts[2])
        else {
            return .refused(ZGWProblem.forbidden(
                "permission_denied", "Authenticatiegegevens zijn niet opgegeven of onleesbaar (verwacht: Authorization: Bearer <JWT>)."))
        }
        let clientID = claims.text("client_id") ?? claims.text("iss") ?? ""
        guard clientID == ZGWSandbox.clientID else {
            return .refused(ZGWProblem.forbidden(
                "invalid-client-identifier", "Client identifier bestaat niet (de sandbox kent alleen '\(ZGWSandbox.clientID)')."))
        }
        let key = SymmetricKey(data: Data(ZGWSandbox.secret.utf8))
        let signingInput = Data("\(parts[0]).\(parts[1])".utf8)
        guard head.text("alg") == "HS256",
              HMAC<SHA256>.isValidAuthenticationCode(signature, authenticating: signingInput, using: key)
        else {
            return .refused(ZGWProblem.forbidden("invalid-jwt-signature", "De JWT-handtekening is ongeldig (HS256 met het sandbox-secret)."))
        }
        guard let iat = number(claims["iat"]) else {
            return .refused(ZGWProblem.forbidden("jwt-missing-iat-claim", "De JWT mist de claim 'iat'."))
        }
        let current = now.timeIntervalSince1970
        if iat > current {
            return .refused(ZGWProblem.forbidden("jwt-immature", "De JWT is nog niet geldig ('iat' ligt in de toekomst)."))
        }
        if current - iat > maximumAge || number(claims["exp"]).map({ $0 <= current }) == true {
            return .refused(ZGWProblem.forbidden("jwt-expired", "De JWT is verlopen."))
        }
        return .accepted(ZGWClaims(
            clientID: clientID, userID: claims.text("user_id") ?? "", userRepresentation: claims.text("user_representation") ?? ""))
    }

    static func number(_ value: ZGWJSON?) -> Double? {
        switch value {
        case .int(let number)?: Double(number)
        case .double(let number)?: number
        default: nil
        }
    }

    static func decodeObject(_ part: Substring) -> ZGWObject? {
        base64URL(part).flatMap(ZGWJSON.decode)?.object
    }

    static func base64URL(_ part: Substring) -> Data? {
        var text = part.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        text += String(repeating: "=", count: (4 - text.count % 4) % 4)
        return Data(base64Encoded: text)
    }
}
