import Classification
import DocumentModel
import Foundation
import Reporting

/// One document's share of the run's outputs, rendered on the worker thread that processed it, so that the
/// thread merging documents in input order only appends: its `passages.jsonl` lines, `learning_points.csv`
/// rows and `matrix.csv` row, and its own file under `learning/`, which is written here.
struct DocumentOutputs {
    var attributes: DocumentAttributes
    var passageLines = ""
    var learningPointRows = ""
    /// Nil unless the document was read.
    var matrixRow: String?
    /// Writing the learning file failed: raised when the document is merged, which stops the run.
    var failure: Error?
    /// The document's own summary (closed when it was read), merged into the batch's.
    var summary = BatchSummary(learningPointLimit: .max)

    /// Learning-file names for the documents of a run, in input order (nil for inputs that are not documents):
    /// `Corpus/reviews/a.docx` → `Corpus__reviews__a.docx.md`; a name already taken by an earlier input (as
    /// `a/b.docx` and `a__b.docx` would share one) gets `-2`, `-3` … before `.md`, so no document overwrites another.
    static func learningFileNames(_ paths: [String?]) -> [String?] {
        var taken = Set<String>()
        return paths.map { path in
            guard let path else { return nil }
            let base = path.replacingOccurrences(of: "/", with: "__").replacingOccurrences(of: ":", with: "_")
            var name = base + ".md", n = 1
            while !taken.insert(name).inserted {
                n += 1
                name = "\(base)-\(n).md"
            }
            return name
        }
    }

    /// Renders documents' outputs; shared by the worker threads (every stored value is immutable after init).
    struct Renderer: Sendable {
        let rules: CompiledRules
        let resolver: DocumentAttributesResolver
        let learningFolder: URL
        private let quadrantBuilder: QuadrantBuilder

        init(rules: CompiledRules, resolver: DocumentAttributesResolver, learningFolder: URL) {
            self.rules = rules
            self.resolver = resolver
            self.learningFolder = learningFolder
            quadrantBuilder = QuadrantBuilder(templates: rules.book.quadrant, catalog: rules.catalog)
        }

        /// `learningFile`: the file name under `learning/` (from `learningFileNames`).
        func render(_ outcome: DocumentProcessor.Outcome, learningFile: String?) -> DocumentOutputs {
            let path = outcome.entry.path
            let catalog = rules.catalog
            var outputs = DocumentOutputs(attributes: resolver.attributes(for: path, properties: outcome.entry.properties,
                                                                          firstHeading: outcome.firstHeading))
            for (index, passage) in outcome.passages.enumerated() {
                outputs.passageLines += PassageLineWriter.line(passage, document: path)
                outputs.summary.add(passage, document: path, learningPoints: outcome.learningPoints[index])
                outputs.learningPointRows += AnalystTablesWriter.learningPointRows(outcome.learningPoints[index])
            }
            guard outcome.entry.status == .ok else { return outputs }
            outputs.summary.documentDone(path: path, attributes: outputs.attributes)
            let document = outputs.summary
            if let row = document.lastDocument {
                outputs.matrixRow = AnalystTablesWriter.matrixRow(path: row.path, attributes: row.attributes, labels: row.labels,
                                                                  catalog: catalog)
            }
            guard let learningFile else { return outputs }
            do {
                try AtomicFile.write(learningText(document, title: outputs.attributes["title"] ?? path),
                                     to: learningFolder.appendingPathComponent(learningFile), durable: false)
            } catch {
                outputs.failure = error
            }
            return outputs
        }

        /// The document's learning quadrant, evidence strength per label and critical learning points.
        private func learningText(_ document: BatchSummary, title: String) -> String {
            let catalog = rules.catalog
            var text = QuadrantMarkdownWriter.render(quadrantBuilder.build(document), catalog: catalog, summary: document,
                                                     title: "Learning quadrant: \(title)")
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
            return text
        }
    }
}
