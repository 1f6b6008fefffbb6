import DocumentModel

/// The analysts' CSV tables: `matrix.csv` (document × label passages), `cooccurrence.csv` (label × label
/// passages in common) and `learning_points.csv`. RFC 4180, UTF-8, CRLF line ends.
public enum AnalystTablesWriter {
    public static func matrix(_ summary: BatchSummary, catalog: LabelCatalog) -> String {
        let codes = catalog.entries.map(\.code)
        var out = (["document"] + DocumentAttributes.standard + codes).map(CSV.field).joined(separator: ",") + "\r\n"
        for row in summary.documentRows {
            let attributes = DocumentAttributes.standard.map { $0 == "year" ? row.attributes.year ?? "" : row.attributes[$0] ?? "" }
            let counts = codes.map { String(row.labels[$0] ?? 0) }
            out += ([row.path] + attributes + counts).map(CSV.field).joined(separator: ",") + "\r\n"
        }
        return out
    }

    public static func cooccurrence(_ summary: BatchSummary, catalog: LabelCatalog) -> String {
        let codes = catalog.entries.map(\.code).filter { LabelCode.parent(of: $0) == nil }
        var out = (["label"] + codes).map(CSV.field).joined(separator: ",") + "\r\n"
        for a in codes {
            out += ([a] + codes.map { String(summary.cooccurrence[a]?[$0] ?? 0) }).map(CSV.field).joined(separator: ",") + "\r\n"
        }
        return out
    }

    public static func learningPoints(_ summary: BatchSummary) -> String {
        var out = "document,passage,section,addressee,labels,minimisations,text\r\n"
        for point in summary.learningPoints {
            out += [point.document, point.passage, point.section.joined(separator: " > "), point.addressee ?? "",
                    point.labels.joined(separator: " "), point.minimisations.joined(separator: " "), point.text]
                .map(CSV.field).joined(separator: ",") + "\r\n"
        }
        return out
    }
}
