import Classification
import DocumentModel
import Foundation
import Reporting

/// Every output of a run, written as the batch goes (passages, database; per-document parts rendered by
/// `DocumentOutputs`) or at its end (counts, tables, quadrant, summaries, manifest last) — each file atomically.
struct Writers {
    let out: URL
    let passages: AtomicFile
    let matrix: AtomicFile
    let learningPoints: AtomicFile
    let database: SQLiteWriter
    /// Opened before any per-document file is written (see `FileSystemFlush`).
    let flush: FileSystemFlush

    init(_ out: URL, catalog: LabelCatalog) throws {
        self.out = out
        flush = try FileSystemFlush(folder: out)
        passages = try AtomicFile(out.appendingPathComponent("passages.jsonl"), durable: false)
        matrix = try AtomicFile(out.appendingPathComponent("matrix.csv"), durable: false)
        try matrix.write(AnalystTablesWriter.matrixHeader(catalog: catalog))
        learningPoints = try AtomicFile(out.appendingPathComponent("learning_points.csv"), durable: false)
        try learningPoints.write(AnalystTablesWriter.learningPointsHeader)
        database = try SQLiteWriter(out.appendingPathComponent("reviewlens.sqlite"))
    }

    /// Appends one document's rendered outputs (in input order) and its database rows.
    func add(_ outcome: DocumentProcessor.Outcome, _ outputs: DocumentOutputs) throws {
        try passages.write(outputs.passageLines)
        try learningPoints.write(outputs.learningPointRows)
        try database.add(outcome.entry, attributes: outputs.attributes, passages: outcome.passages)
        if let row = outputs.matrixRow { try matrix.write(row) }
        if let failure = outputs.failure { throw failure }
    }

    /// Every per-document file, the passages and the tables are written without a sync each and flushed to the disk
    /// together, early ones while the batch runs (`flushEarly`) and the rest here, before the manifest: the run's
    /// record of what it wrote is written last and durably.
    func finish(summary: BatchSummary, manifest: RunManifest, rules: CompiledRules) throws {
        let catalog = rules.catalog
        try passages.commit()
        try matrix.commit()
        try learningPoints.commit()
        // The database's indexes are built while this thread writes the other outputs.
        let committed = BackgroundTask { [database] in try database.commit(catalog: catalog) }
        defer { committed.wait() }  // on an early error too: nothing is still writing once this returns
        try write(CountsWriter.render(summary, catalog: catalog), "counts.csv")
        try write(AnalystTablesWriter.cooccurrence(summary, catalog: catalog), "cooccurrence.csv")
        let quadrant = QuadrantBuilder(templates: rules.book.quadrant, catalog: catalog).build(summary)
        try write(QuadrantMarkdownWriter.render(quadrant, catalog: catalog, summary: summary), "quadrant.md")
        let board = BoardSummary(summary: summary, manifest: manifest, catalog: catalog, quadrant: quadrant)
        try write(SummaryMarkdownWriter.render(board), "summary.md")
        try write(SummaryHTMLWriter.render(board), "summary.html")
        try BoardSummaryDOCXWriter.write(board, to: out.appendingPathComponent("board-summary.docx"))
        try committed.result()
        try flush.flush()
        try AtomicFile.write(ManifestWriter.render(manifest), to: out.appendingPathComponent("manifest.json"))
    }

    private func write(_ text: String, _ name: String) throws {
        try AtomicFile.write(text, to: out.appendingPathComponent(name), durable: false)
    }
}
