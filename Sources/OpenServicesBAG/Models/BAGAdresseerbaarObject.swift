/// BAG `AdresseerbaarObjectIOHal`: an addressable object, exactly one of a verblijfsobject, a
/// ligplaats or a standplaats.
///
/// ```swift
/// let object = try await bag.addressableObject("0599010000001012").value
/// print(object.verblijfsobject?.verblijfsobject.oppervlakte ?? 0)
/// ```
public struct BAGAdresseerbaarObject: Hashable, Sendable, Codable {
    /// The HAL links (`_links`).
    public var _links: BAGLinks?
    /// The verblijfsobject, when the object is one.
    public var verblijfsobject: BAGVerblijfsobjectIO?
    /// The ligplaats, when the object is one.
    public var ligplaats: BAGLigplaatsIO?
    /// The standplaats, when the object is one.
    public var standplaats: BAGStandplaatsIO?

    /// Creates an addressable object.
    public init(
        _links: BAGLinks? = nil, verblijfsobject: BAGVerblijfsobjectIO? = nil, ligplaats: BAGLigplaatsIO? = nil,
        standplaats: BAGStandplaatsIO? = nil
    ) {
        self._links = _links
        self.verblijfsobject = verblijfsobject
        self.ligplaats = ligplaats
        self.standplaats = standplaats
    }

    /// The identification of whichever object this is.
    public var identificatie: String? {
        verblijfsobject?.verblijfsobject.identificatie ?? ligplaats?.ligplaats.identificatie
            ?? standplaats?.standplaats.identificatie
    }
}
