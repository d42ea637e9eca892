import Foundation

/// schema.org `Event` JSON-LD for an offer page: one Event per occurrence, as a JSON array that is
/// safe to put inside `<script type="application/ld+json">` (no raw "<", ">" or "&").
public struct EventJSONLD: Hashable, Sendable {
    public struct Place: Hashable, Sendable {
        public var name: String
        public var streetAddress: String?
        public var postalCode: String?
        public var locality: String
        public var latitude: Double?
        public var longitude: Double?

        public init(name: String, streetAddress: String? = nil, postalCode: String? = nil, locality: String = "Dortmund",
                    latitude: Double? = nil, longitude: Double? = nil) {
            self.name = name
            self.streetAddress = streetAddress
            self.postalCode = postalCode
            self.locality = locality
            self.latitude = latitude
            self.longitude = longitude
        }
    }

    public struct Organizer: Hashable, Sendable {
        public var name: String
        public var url: String?

        public init(name: String, url: String? = nil) {
            self.name = name
            self.url = url
        }
    }

    public var name: String
    public var description: String?
    /// Absolute URL of the offer page.
    public var url: String?
    public var place: Place
    public var organizer: Organizer?
    public var isAccessibleForFree: Bool?
    /// BCP 47 codes, e.g. ["de"] or ["de", "tr"].
    public var languages: [String]

    public init(name: String, description: String? = nil, url: String? = nil, place: Place,
                organizer: Organizer? = nil, isAccessibleForFree: Bool? = nil, languages: [String] = ["de"]) {
        self.name = name
        self.description = description
        self.url = url
        self.place = place
        self.organizer = organizer
        self.isAccessibleForFree = isAccessibleForFree
        self.languages = languages
    }

    /// The JSON array (keys sorted, so the output is stable). Cancelled occurrences get
    /// `eventStatus` EventCancelled.
    public func render(_ occurrences: [ScheduleOccurrence]) -> String {
        let objects = occurrences.map(eventObject)
        guard let data = try? JSONSerialization.data(withJSONObject: objects, options: [.sortedKeys, .withoutEscapingSlashes]),
              let json = String(data: data, encoding: .utf8)
        else { return "[]" }  // unreachable: the object holds only strings, numbers and booleans
        return Self.scriptSafe(json)
    }

    /// Replaces characters that could end or confuse an HTML script element by JSON escapes,
    /// which are equivalent inside JSON strings (and never occur outside them).
    static func scriptSafe(_ json: String) -> String {
        var result = ""
        result.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            if let escape = scriptEscapes[scalar] { result += escape } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }

    private static let scriptEscapes: [Unicode.Scalar: String] = [
        "<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u{2028}": "\\u2028", "\u{2029}": "\\u2029",
    ]

    /// "2026-12-01T14:00:00+01:00": the wall-clock time at the instant with its offset.
    public static func isoDateTime(_ instant: Date) -> String {
        guard let local = EuropeBerlinTime.localDateTime(at: instant) else { return "" }
        return local.iso + EuropeBerlinTime.offsetText(EuropeBerlinTime.utcOffsetSeconds(at: instant), colon: true)
    }

    private func eventObject(_ occurrence: ScheduleOccurrence) -> [String: Any] {
        var address: [String: Any] = ["@type": "PostalAddress", "addressLocality": place.locality, "addressCountry": "DE"]
        address["streetAddress"] = place.streetAddress
        address["postalCode"] = place.postalCode
        var location: [String: Any] = ["@type": "Place", "name": place.name, "address": address]
        if let latitude = place.latitude, let longitude = place.longitude {
            location["geo"] = ["@type": "GeoCoordinates", "latitude": latitude, "longitude": longitude]
        }
        var event: [String: Any] = [
            "@context": "https://schema.org",
            "@type": "Event",
            "name": name,
            "startDate": Self.isoDateTime(occurrence.start),
            "endDate": Self.isoDateTime(occurrence.end),
            "eventStatus": occurrence.isCancelled ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled",
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "location": location,
        ]
        event["description"] = description
        event["url"] = url
        if let organizer {
            var object: [String: Any] = ["@type": "Organization", "name": organizer.name]
            object["url"] = organizer.url
            event["organizer"] = object
        }
        event["isAccessibleForFree"] = isAccessibleForFree
        if !languages.isEmpty {
            event["inLanguage"] = languages.count == 1 ? languages[0] : languages
        }
        return event
    }
}
