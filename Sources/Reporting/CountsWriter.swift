import DocumentModel

/// Renders `counts.csv`: one row per label code of the rule book, with passages and documents carrying it.
public enum CountsWriter {
    /// The first four columns are the stable contract; `organisations`, `review_types` and `years` list the
    /// attribute values of the documents carrying the label, with document counts (`2023:2;2024:1`).
    public static func render(_ summary: BatchSummary, catalog: LabelCatalog) -> String {
        var out = "label,name,passages,documents,organisations,review_types,years\r\n"
        for entry in catalog.entries {
            let passages = summary.passagesByLabel[entry.code] ?? 0
            let documents = summary.documentsByLabel[entry.code]?.count ?? 0
            func breakdown(_ attribute: String) -> String {
                let counts = summary.attributeCounts[entry.code]?[attribute] ?? [:]
                return counts.keys.sorted().map { "\($0):\(counts[$0]!)" }.joined(separator: ";")
            }
            out += [entry.code, entry.name, String(passages), String(documents), breakdown("organisation"),
                    breakdown("review_type"), breakdown("year")].map(CSV.field).joined(separator: ",") + "\r\n"
        }
        return out
    }
}

/// RFC 4180 fields: quoted when they hold a comma, quote or line break; formula-looking text is prefixed
/// with `'` so a spreadsheet shows it instead of evaluating it.
public enum CSV {
    public static func field(_ text: String) -> String {
        var value = text
        if let first = value.first, "=+-@".contains(first), Double(value) == nil { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
