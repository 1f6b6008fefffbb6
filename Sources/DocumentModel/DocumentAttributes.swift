/// What analysts slice counts by: title, organisation, review type and date (from document properties, the
/// text, or a `metadata.csv` beside the inputs, which wins), plus any extra columns that file brings.
public struct DocumentAttributes: Sendable, Equatable {
    public var values: [(name: String, value: String)]

    public init(_ values: [(name: String, value: String)] = []) {
        self.values = values
    }

    public subscript(name: String) -> String? {
        get { values.first { $0.name == name }?.value }
        set {
            values.removeAll { $0.name == name }
            if let newValue, !newValue.isEmpty { values.append((name, newValue)) }
        }
    }

    /// The year of `date` (`2024-03-01` → `2024`), used for "per year" counts.
    public var year: String? {
        guard let date = self["date"], date.count >= 4, Int(date.prefix(4)) != nil else { return nil }
        return String(date.prefix(4))
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.values.map(\.name) == rhs.values.map(\.name) && lhs.values.map(\.value) == rhs.values.map(\.value)
    }

    /// The standard attribute names, in column order.
    public static let standard = ["title", "organisation", "review_type", "date", "year"]
}
