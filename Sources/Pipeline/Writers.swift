import Classification
import DocumentModel
import Foundation
import Reporting

/// Every output of a run, written as the batch goes (passages, database, per-document learning files) or at
/// its end (counts, tables, quadrant, summaries, manifest last) — each file atomically.
struct Writers {
    let out: URL
    let passages: AtomicFile
    let matrix: AtomicFile
    let learningPoints: AtomicFile
    let database: SQLiteWriter
    /// Built on the first document (the rule book's templates are parsed once per run, not per document).
    private var quadrantBuilder: QuadrantBuilder?

    init(_ out: URL, catalog: LabelCatalog) throws {
        self.out = out
        passages = try AtomicFile(out.appendingPathComponent("passages.jsonl"))
        matrix = try AtomicFile(out.appendingPathComponent("matrix.csv"))
        try matrix.write(AnalystTablesWriter.matrixHeader(catalog: catalog))
        learningPoints = try AtomicFile(out.appendingPathComponent("learning_points.csv"))
        try learningPoints.write(AnalystTablesWriter.learningPointsHeader)
        database = try SQLiteWriter(out.appendingPathComponent("reviewlens.sqlite"))
    }

    mutating func add(_ outcome: DocumentProcessor.Outcome, attributes: DocumentAttributes, rules: CompiledRules) throws {
        let path = outcome.entry.path
        let catalog = rules.catalog
        var document = BatchSummary(learningPointLimit: .max)
        for (index, passage) in outcome.passages.enumerated() {
            try passages.write(PassageLineWriter.line(passage, document: path))
            document.add(passage, document: path, learningPoints: outcome.learningPoints[index])
            try learningPoints.write(AnalystTablesWriter.learningPointRows(outcome.learningPoints[index]))
        }
        try database.add(outcome.entry, attributes: attributes, passages: outcome.passages)
        guard outcome.entry.status == .ok else { return }
        document.documentDone(path: path, attributes: attributes)
        if let row = document.lastDocument {
            try matrix.write(AnalystTablesWriter.matrixRow(path: row.path, attributes: row.attributes, labels: row.labels, catalog: catalog))
        }
        let builder = quadrantBuilder ?? QuadrantBuilder(templates: rules.book.quadrant, catalog: catalog)
        quadrantBuilder = builder
        let quadrant = builder.build(document)
        var text = QuadrantMarkdownWriter.render(quadrant, catalog: catalog, summary: document,
                                                 title: "Learning quadrant: \(attributes["title"] ?? path)")
        text += "\n## Evidence strength\n\n| Label | Passages | Strongest score |\n|---|---:|---:|\n"
        for label in document.rankedLabels {
            let strongest = document.citations[label]?.first?.score ?? 0
            text += "| \(label) \(catalog.name(of: label)) | \(document.passagesByLabel[label] ?? 0) | \(JSONValue.double(strongest).rendered()) |\n"
        }
        text += "\n## Critical learning points\n\n"
        text += document.learningPoints.isEmpty ? "None found.\n" : document.learningPoints.map { point in
            "- " + (point.addressee.map { "**\($0)**: " } ?? "") + point.text
                + ((point.labels + point.minimisations).isEmpty ? "" : " *(" + (point.labels + point.minimisations).joined(separator: ", ") + ")*")
                + " (\(point.passage))\n"
        }.joined()
        try AtomicFile.write(text, to: out.appendingPathComponent("learning/\(Self.fileName(path)).md"))
    }

    func finish(summary: BatchSummary, manifest: RunManifest, rules: CompiledRules) throws {
        try passages.commit()
        try matrix.commit()
        try learningPoints.commit()
        let catalog = rules.catalog
        try database.commit(catalog: catalog)
        try write(CountsWriter.render(summary, catalog: catalog), "counts.csv")
        try write(AnalystTablesWriter.cooccurrence(summary, catalog: catalog), "cooccurrence.csv")
        let quadrant = QuadrantBuilder(templates: rules.book.quadrant, catalog: catalog).build(summary)
        try write(QuadrantMarkdownWriter.render(quadrant, catalog: catalog, summary: summary), "quadrant.md")
        let board = BoardSummary(summary: summary, manifest: manifest, catalog: catalog, quadrant: quadrant)
        try write(SummaryMarkdownWriter.render(board), "summary.md")
        try write(SummaryHTMLWriter.render(board), "summary.html")
        try BoardSummaryDOCXWriter.write(board, to: out.appendingPathComponent("board-summary.docx"))
        try write(ManifestWriter.render(manifest), "manifest.json")
    }

    private func write(_ text: String, _ name: String) throws {
        try AtomicFile.write(text, to: out.appendingPathComponent(name))
    }

    /// `Corpus/reviews/a.docx` → `Corpus__reviews__a.docx`.
    static func fileName(_ path: String) -> String {
        path.replacingOccurrences(of: "/", with: "__").replacingOccurrences(of: ":", with: "_")
    }
}
