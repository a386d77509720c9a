import Crypto
import Foundation
import SwiftASN1
import X509

/// A throw-away PKI made by the tests themselves: a root CA, server certificates and client
/// certificates, written as PEM files to a temporary folder.
struct TestPKI {
    let folder: URL
    let caKey: P256.Signing.PrivateKey
    let ca: Certificate
    let caName: DistinguishedName

    /// A root CA named `name`.
    init(name: String) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("openservices-pki-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        caKey = P256.Signing.PrivateKey()
        caName = try DistinguishedName {
            CountryName("NL")
            OrganizationName("OpenServices tests")
            CommonName(name)
        }
        let now = Date()
        ca = try Certificate(
            version: .v3, serialNumber: Certificate.SerialNumber(), publicKey: .init(caKey.publicKey),
            notValidBefore: now.addingTimeInterval(-3600), notValidAfter: now.addingTimeInterval(86_400),
            issuer: caName, subject: caName, signatureAlgorithm: .ecdsaWithSHA256,
            extensions: try Certificate.Extensions {
                Critical(BasicConstraints.isCertificateAuthority(maxPathLength: nil))
                Critical(KeyUsage(keyCertSign: true, cRLSign: true))
            },
            issuerPrivateKey: .init(caKey))
    }

    /// The CA certificate as a PEM file.
    func caFile() throws -> String {
        try write(ca.serializeAsPEM().pemString, "ca.pem")
    }

    /// A server certificate for `hosts` (DNS names or IPv4 addresses); returns (chain file, key file).
    func server(hosts: [String]) throws -> (certificate: String, key: String) {
        let key = P256.Signing.PrivateKey()
        let names: [GeneralName] = hosts.map { host in
            let octets = host.split(separator: ".").compactMap { UInt8($0) }
            return octets.count == 4 ? .ipAddress(ASN1OctetString(contentBytes: ArraySlice(octets))) : .dnsName(host)
        }
        let certificate = try issue(
            key.publicKey, commonName: hosts.first ?? "server",
            extensions: try Certificate.Extensions {
                Critical(BasicConstraints.notCertificateAuthority)
                Critical(KeyUsage(digitalSignature: true))
                try ExtendedKeyUsage([.serverAuth])
                SubjectAlternativeNames(names)
            })
        let name = UUID().uuidString
        return (try write(certificate.serializeAsPEM().pemString, "server-\(name).pem"),
                try write(key.pemRepresentation, "server-\(name)-key.pem"))
    }

    /// A client certificate for `key`'s public key; returns the chain file.
    func client(publicKey: P256.Signing.PublicKey, commonName: String) throws -> String {
        let certificate = try issue(
            publicKey, commonName: commonName,
            extensions: try Certificate.Extensions {
                Critical(BasicConstraints.notCertificateAuthority)
                Critical(KeyUsage(digitalSignature: true))
                try ExtendedKeyUsage([.clientAuth])
            })
        return try write(certificate.serializeAsPEM().pemString, "client-\(UUID().uuidString).pem")
    }

    /// Writes `text` to a file in the folder.
    func write(_ text: String, _ name: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    private func issue(_ publicKey: P256.Signing.PublicKey, commonName: String, extensions: Certificate.Extensions) throws -> Certificate {
        let now = Date()
        return try Certificate(
            version: .v3, serialNumber: Certificate.SerialNumber(), publicKey: .init(publicKey),
            notValidBefore: now.addingTimeInterval(-3600), notValidAfter: now.addingTimeInterval(86_400),
            issuer: caName,
            subject: try DistinguishedName {
                CountryName("NL")
                OrganizationName("OpenServices tests")
                CommonName(commonName)
            },
            signatureAlgorithm: .ecdsaWithSHA256, extensions: extensions, issuerPrivateKey: .init(caKey))
    }
}
