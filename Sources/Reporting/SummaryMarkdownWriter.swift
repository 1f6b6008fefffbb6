import DocumentModel

/// Renders the board summary as Markdown (`summary.md`).
public enum SummaryMarkdownWriter {
    public static func render(_ s: BoardSummary) -> String {
        var out = "# \(s.title)\n\n"
        out += "Read \(s.documentsRead) document(s), \(s.passages) passage(s)."
        if !s.documentsFailed.isEmpty { out += " \(s.documentsFailed.count) document(s) could not be read (listed at the end)." }
        out += "\n\n## What recurs\n"
        for (heading, findings) in [("Themes", s.themes), ("Sources of harm", s.harmSources)] {
            out += "\n### \(heading)\n\n"
            guard !findings.isEmpty else { out += "No evidence found in these documents.\n"; continue }
            out += "| Label | Documents | Passages | Evidence strength |\n|---|---:|---:|---|\n"
            for f in findings { out += "| \(f.code) \(f.name) | \(f.documents) | \(f.passages) | \(f.strength) |\n" }
            out += "\nEvidence:\n\n"
            for f in findings {
                for e in f.examples.prefix(1) {
                    out += "- **\(f.code)** — \(e.document)\(e.section.isEmpty ? "" : " § " + e.section.joined(separator: " › ")): “\(e.match)”\n"
                }
            }
        }
        out += "\n## Questions to ask\n"
        for (quadrant, entries) in s.questions where !entries.isEmpty {
            out += "\n### \(quadrant.title)\n\n"
            for e in entries { out += "- \(e.question) *(\(e.label): \(e.documents) document(s), \(e.passages) passage(s))*\n" }
        }
        out += "\n## Critical learning points\n\n"
        if s.learningPoints.isEmpty { out += "No recommendations were found in these documents.\n" }
        for p in s.learningPoints {
            let to = p.addressee.map { "**\($0)**: " } ?? ""
            let tags = (p.labels + p.minimisations).joined(separator: ", ")
            out += "- \(to)\(p.text)\(tags.isEmpty ? "" : " *(\(tags))*") — \(p.document)\n"
        }
        out += "\n## What could not be assessed\n\n"
        if !s.notFound.isEmpty {
            out += "No evidence was found for: " + s.notFound.map { "\($0.code) \($0.name)" }.joined(separator: "; ")
            out += ". This means the documents do not describe it, not that it did not happen.\n"
        }
        for failed in s.documentsFailed { out += "- \(failed.path): \(failed.reason)\n" }
        if s.notFound.isEmpty && s.documentsFailed.isEmpty { out += "Every theme and source of harm had some evidence, and every document was read.\n" }
        return out
    }
}
