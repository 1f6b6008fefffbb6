import DocumentModel

/// The analysts' CSV tables: `matrix.csv` (document × label passages), `cooccurrence.csv` (label × label
/// passages in common) and `learning_points.csv`. RFC 4180, UTF-8, CRLF line ends.
public enum AnalystTablesWriter {
    public static func matrixHeader(catalog: LabelCatalog) -> String {
        (["document"] + DocumentAttributes.standard + catalog.entries.map(\.code)).map(CSV.field).joined(separator: ",") + "\r\n"
    }

    /// One document's row: attributes, then passages per label code.
    public static func matrixRow(path: String, attributes: DocumentAttributes, labels: [String: Int], catalog: LabelCatalog) -> String {
        let values = DocumentAttributes.standard.map { $0 == "year" ? attributes.year ?? "" : attributes[$0] ?? "" }
        let counts = catalog.entries.map { String(labels[$0.code] ?? 0) }
        return ([path] + values + counts).map(CSV.field).joined(separator: ",") + "\r\n"
    }

    public static func cooccurrence(_ summary: BatchSummary, catalog: LabelCatalog) -> String {
        let codes = catalog.entries.map(\.code).filter { LabelCode.parent(of: $0) == nil }
        var out = (["label"] + codes).map(CSV.field).joined(separator: ",") + "\r\n"
        for a in codes {
            out += ([a] + codes.map { String(summary.cooccurrence[a]?[$0] ?? 0) }).map(CSV.field).joined(separator: ",") + "\r\n"
        }
        return out
    }

    public static let learningPointsHeader = "document,passage,section,addressee,labels,minimisations,text\r\n"

    public static func learningPointRows(_ points: [LearningPoint]) -> String {
        points.map { point in
            [point.document, point.passage, point.section.joined(separator: " > "), point.addressee ?? "",
             point.labels.joined(separator: " "), point.minimisations.joined(separator: " "), point.text]
                .map(CSV.field).joined(separator: ",") + "\r\n"
        }.joined()
    }
}
