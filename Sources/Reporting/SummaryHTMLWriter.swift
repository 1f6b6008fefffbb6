import DocumentModel

/// Renders the board summary as one self-contained HTML file (`summary.html`): no external assets or scripts,
/// inline SVG bar charts, tables with captions and header scopes, and print-friendly styles.
public enum SummaryHTMLWriter {
    public static func render(_ s: BoardSummary) -> String {
        var out = """
        <!DOCTYPE html>
        <html lang="en-GB"><head><meta charset="utf-8"><title>\(e(s.title))</title>
        <style>
        body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#111;line-height:1.45}
        table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #999;padding:.3rem .5rem;text-align:left;vertical-align:top}
        caption{font-weight:bold;text-align:left;padding:.3rem 0}td.n{text-align:right}figure{margin:1rem 0}
        blockquote{margin:.3rem 0 .8rem 1rem;color:#333}@media print{body{margin:0;max-width:none}a{color:#000}section{break-inside:avoid}}
        </style></head><body>
        <h1>\(e(s.title))</h1>
        <p>Read \(s.documentsRead) document(s), \(s.passages) passage(s).\(s.documentsFailed.isEmpty ? "" : " \(s.documentsFailed.count) document(s) could not be read (listed below).")</p>

        """
        for (heading, findings) in [("Themes", s.themes), ("Sources of harm", s.harmSources)] {
            out += "<section><h2>\(heading): what recurs</h2>\n"
            guard !findings.isEmpty else { out += "<p>No evidence found in these documents.</p></section>\n"; continue }
            out += chart(findings, total: max(s.documentsRead, 1), title: "\(heading): documents with evidence")
            out += "<table><caption>\(heading) by evidence strength</caption><thead><tr><th scope=\"col\">Label</th>"
            out += "<th scope=\"col\">Documents</th><th scope=\"col\">Passages</th><th scope=\"col\">Evidence strength</th><th scope=\"col\">Example</th></tr></thead><tbody>\n"
            for f in findings {
                let example = f.examples.first.map { "“\(e($0.match))” <small>(\(e($0.document)))</small>" } ?? ""
                out += "<tr><th scope=\"row\">\(e(f.code)) \(e(f.name))</th><td class=\"n\">\(f.documents)</td><td class=\"n\">\(f.passages)</td>"
                out += "<td>\(e(f.strength))</td><td>\(example)</td></tr>\n"
            }
            out += "</tbody></table></section>\n"
        }
        out += "<section><h2>Questions to ask</h2>\n"
        for (quadrant, entries) in s.questions where !entries.isEmpty {
            out += "<h3>\(e(quadrant.title))</h3><ul>\n"
            for q in entries { out += "<li>\(e(q.question)) <small>(\(e(q.label)): \(q.documents) document(s), \(q.passages) passage(s))</small></li>\n" }
            out += "</ul>\n"
        }
        out += "</section><section><h2>Critical learning points</h2>\n"
        if s.learningPoints.isEmpty { out += "<p>No recommendations were found in these documents.</p>\n" } else {
            out += "<table><caption>Recommendations found, with addressee and labels</caption><thead><tr><th scope=\"col\">Addressee</th>"
            out += "<th scope=\"col\">Recommendation</th><th scope=\"col\">Labels</th><th scope=\"col\">Document</th></tr></thead><tbody>\n"
            for p in s.learningPoints {
                out += "<tr><td>\(e(p.addressee ?? "—"))</td><td>\(e(p.text))</td><td>\(e((p.labels + p.minimisations).joined(separator: ", ")))</td><td>\(e(p.document))</td></tr>\n"
            }
            out += "</tbody></table>\n"
        }
        out += "</section><section><h2>What could not be assessed</h2>\n"
        if !s.notFound.isEmpty {
            out += "<p>No evidence was found for: \(e(s.notFound.map { "\($0.code) \($0.name)" }.joined(separator: "; "))). "
            out += "This means the documents do not describe it, not that it did not happen.</p>\n"
        }
        if !s.documentsFailed.isEmpty {
            out += "<ul>\n" + s.documentsFailed.map { "<li>\(e($0.path)): \(e($0.reason))</li>\n" }.joined() + "</ul>\n"
        }
        return out + "</section></body></html>\n"
    }

    /// A horizontal bar chart of documents per label, as inline SVG with a text alternative.
    static func chart(_ findings: [BoardSummary.Finding], total: Int, title: String) -> String {
        let rowHeight = 22, labelWidth = 300, barWidth = 360
        let height = findings.count * rowHeight + 10
        var svg = "<figure><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"t\(title.hashStable)\" "
        svg += "width=\"\(labelWidth + barWidth + 60)\" height=\(q(height)) viewBox=\"0 0 \(labelWidth + barWidth + 60) \(height)\">"
        svg += "<title id=\"t\(title.hashStable)\">\(e(title))</title>"
        for (i, f) in findings.enumerated() {
            let y = i * rowHeight + 5
            let width = max(1, f.documents * barWidth / total)
            let name = f.name.count > 38 ? String(f.name.prefix(37)) + "…" : f.name
            svg += "<text x=\"0\" y=\"\(y + 15)\" font-size=\"12\"><title>\(e(f.name))</title>\(e(f.code)) \(e(name))</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(width)\" height=\"14\" fill=\"#2b5797\"/>"
            svg += "<text x=\"\(labelWidth + width + 5)\" y=\"\(y + 15)\" font-size=\"12\">\(f.documents)/\(total)</text>"
        }
        return svg + "</svg><figcaption>\(e(title)) (of \(total) read)</figcaption></figure>\n"
    }

    static func q(_ n: Int) -> String { "\"\(n)\"" }

    /// HTML escaping for text and attribute values.
    static func e(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(ch)
            }
        }
        return out
    }
}

extension String {
    /// A small stable hash (FNV-1a) for element ids; Swift's `hashValue` changes between runs.
    var hashStable: String {
        var hash: UInt32 = 2166136261
        for byte in utf8 { hash = (hash ^ UInt32(byte)) &* 16777619 }
        return String(hash, radix: 16)
    }
}
