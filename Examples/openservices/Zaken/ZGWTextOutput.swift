import OpenServicesZGW

/// The text (`--output text`) renderings of ZGW results.
enum ZGWTextOutput {
    static func zaken(_ zaken: [Zaak]) -> String {
        guard !zaken.isEmpty else { return "No zaken found." }
        return zaken.map { zaak in
            "\(zaak.identificatie ?? "-")  \(zaak.startdatum)  \(zaak.omschrijving ?? "")\n    \(zaak.url)"
        }.joined(separator: "\n") + "\n\(zaken.count) \(zaken.count == 1 ? "zaak" : "zaken")."
    }

    static func zaak(_ zaak: Zaak) -> String {
        var lines = [
            "Zaak \(zaak.identificatie ?? "-"): \(zaak.omschrijving ?? "")",
            "  url:             \(zaak.url)",
            "  zaaktype:        \(zaak.zaaktype)",
            "  startdatum:      \(zaak.startdatum)",
            "  bronorganisatie: \(zaak.bronorganisatie.value)",
        ]
        if let einddatum = zaak.einddatum { lines.append("  einddatum:       \(einddatum)") }
        if let status = zaak.status { lines.append("  status:          \(status)") }
        return lines.joined(separator: "\n")
    }

    static func status(_ status: Status) -> String {
        """
        Status set on \(status.datumStatusGezet)\(status.statustoelichting.flatMap { $0.isEmpty ? nil : ": \($0)" } ?? "")
          url:        \(status.url)
          statustype: \(status.statustype)
        """
    }

    static func zaaktypen(_ zaaktypen: [ZaakType]) -> String {
        guard !zaaktypen.isEmpty else { return "No zaaktypen found." }
        return zaaktypen.map { "\($0.identificatie)  \($0.omschrijving)\n    \($0.url)" }.joined(separator: "\n")
    }

    static func document(_ document: EnkelvoudigInformatieObject) -> String {
        var lines = [
            "Document \(document.identificatie ?? "-"): \(document.titel) (versie \(document.versie))",
            "  url:     \(document.url)",
        ]
        if let size = document.bestandsomvang { lines.append("  bytes:   \(size)") }
        if let inhoud = document.inhoud { lines.append("  inhoud:  \(inhoud)") }
        return lines.joined(separator: "\n")
    }
}
