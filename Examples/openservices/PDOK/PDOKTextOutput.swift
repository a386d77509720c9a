import OpenServicesCore
import OpenServicesPDOK

/// Readable text for the PDOK commands.
enum PDOKTextOutput {
    static func documents(_ response: SolrPage<PDOKDocument>.Response) -> String {
        guard !response.docs.isEmpty else { return "No locations found." }
        let lines = response.docs.map { doc in
            var line = "\(doc.type?.rawValue ?? "-")\t\(doc.weergavenaam ?? "-")\t\(doc.id ?? "")"
            if let point = doc.centroide_ll { line += "\t(\(point.latitude), \(point.longitude))" }
            if let afstand = doc.afstand { line += "\t\(afstand) m" }
            return line
        }
        return (lines + ["\(response.numFound) found, from \(response.start)"]).joined(separator: "\n")
    }

    static func suggestions(_ result: PDOKSuggestResult) -> String {
        var lines = result.response.docs.map { doc in
            "\(doc.type?.rawValue ?? "-")\t\(doc.weergavenaam ?? "-")\t\(doc.id ?? "")"
        }
        if result.response.docs.isEmpty {
            let corrections = (result.spellcheck?.collations ?? []).compactMap { entry -> String? in
                if case .text(let text) = entry, text != "collation" { return text }
                if case .collation(let collation) = entry { return collation.collationQuery }
                return nil
            }
            lines.append(corrections.isEmpty ? "No suggestions." : "No suggestions. Did you mean: \(corrections.joined(separator: ", "))?")
        }
        return lines.joined(separator: "\n")
    }

    static func document(_ doc: PDOKDocument) -> String {
        var lines = ["\(doc.weergavenaam ?? "-") (\(doc.type?.rawValue ?? "-"), \(doc.id ?? "-"))"]
        if let id = doc.nummeraanduiding_id { lines.append("  nummeraanduiding  \(id)") }
        if let id = doc.adresseerbaarobject_id { lines.append("  adresseerbaar obj \(id)") }
        if let gemeente = doc.gemeentenaam { lines.append("  gemeente          \(gemeente) (\(doc.gemeentecode ?? ""))") }
        if let point = doc.centroide_ll { lines.append("  WGS84             \(point.latitude), \(point.longitude)") }
        if let point = doc.centroide_rd { lines.append("  RD                \(point.x), \(point.y)") }
        return lines.joined(separator: "\n")
    }
}
