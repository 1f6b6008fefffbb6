import DocumentModel

/// Builds a learning quadrant (individual practice · governance · board assurance · system) from the labels
/// found: questions from `quadrant.yaml` templates keyed by label, ranked by evidence (documents, then
/// passages), sharpened with specifics found in the evidence (`{group}`, `{agency}`, `{need}`), deduplicated,
/// each citing its evidence.
public struct QuadrantBuilder {
    public struct Entry: Sendable, Equatable {
        public var question: String
        public var label: String
        public var documents: Int
        public var passages: Int
        public var citation: BatchSummary.Citation?
    }

    public var templates: QuadrantTemplates
    public var catalog: LabelCatalog
    public var perQuadrant: Int

    public init(templates: QuadrantTemplates, catalog: LabelCatalog, perQuadrant: Int = 5) {
        self.templates = templates
        self.catalog = catalog
        self.perQuadrant = perQuadrant
    }

    public func build(_ summary: BatchSummary) -> [(QuadrantTemplates.Quadrant, [Entry])] {
        let labels = summary.rankedLabels.filter { LabelCode.parent(of: $0) == nil }
        return QuadrantTemplates.Quadrant.allCases.map { quadrant in
            var seen = Set<String>()
            var entries: [Entry] = []
            for label in labels where entries.count < perQuadrant {
                let texts = (summary.citations[label] ?? []).map(\.text)
                guard let question = bestQuestion(label: label, quadrant: quadrant, evidence: texts),
                      seen.insert(question.lowercased()).inserted else { continue }
                entries.append(Entry(question: question, label: label,
                                     documents: summary.documentsByLabel[label]?.count ?? 0,
                                     passages: summary.passagesByLabel[label] ?? 0,
                                     citation: summary.citations[label]?.first))
            }
            return (quadrant, entries)
        }
    }

    /// The first template whose placeholders can all be filled from the evidence; templates with placeholders
    /// come first because they are the sharper ones.
    func bestQuestion(label: String, quadrant: QuadrantTemplates.Quadrant, evidence: [String]) -> String? {
        guard let byQuadrant = templates.questions[label] else { return fallback(label: label, quadrant: quadrant) }
        let candidates = byQuadrant[quadrant] ?? []
        let sharp = candidates.filter { $0.contains("{") }
        for template in sharp {
            if let filled = fill(template, evidence: evidence) { return filled }
        }
        return candidates.first { !$0.contains("{") }
    }

    /// A plain question for a label that `quadrant.yaml` has no templates for, so no finding goes unasked.
    func fallback(label: String, quadrant: QuadrantTemplates.Quadrant) -> String {
        let topic = catalog.name(of: label).lowercased()
        switch quadrant {
        case .individual: return "How does my own practice take account of \(topic)?"
        case .governance: return "How does our organisation know whether \(topic) affects the people we support?"
        case .board: return "How are we assured that learning on \(topic) is being acted on?"
        case .system: return "How do partners across the system work together on \(topic)?"
        }
    }

    func fill(_ template: String, evidence: [String]) -> String? {
        var result = template
        for (kind, phrases) in templates.specifics where result.contains("{\(kind)}") {
            guard let found = Self.firstMention(of: phrases, in: evidence) else { return nil }
            result = result.replacingOccurrences(of: "{\(kind)}", with: found)
        }
        return result.contains("{") ? nil : result
    }

    /// The first gazetteer phrase mentioned (whole words, case-insensitive) in the evidence, in gazetteer order.
    static func firstMention(of phrases: [String], in texts: [String]) -> String? {
        let lowered = texts.map { " " + $0.lowercased().map { $0.isLetter || $0.isNumber ? $0 : " " }.reduce(into: "") { $0.append($1) } + " " }
        for phrase in phrases {
            let needle = " " + phrase.lowercased().map { $0.isLetter || $0.isNumber ? $0 : " " }.reduce(into: "") { $0.append($1) } + " "
            if lowered.contains(where: { $0.contains(needle) }) { return phrase }
        }
        return nil
    }
}

/// Renders the quadrant as Markdown (`quadrant.md`).
public enum QuadrantMarkdownWriter {
    public static func render(_ quadrant: [(QuadrantTemplates.Quadrant, [QuadrantBuilder.Entry])], catalog: LabelCatalog,
                              summary: BatchSummary, title: String = "Learning quadrant") -> String {
        var out = "# \(title)\n\n"
        out += "Built from \(summary.documents) document(s) and \(summary.passages) passage(s). "
        out += "Each question is drawn from the label with the most evidence; the evidence is cited beneath it.\n"
        for (part, entries) in quadrant {
            out += "\n## \(part.title)\n\n"
            if entries.isEmpty {
                out += "- Not assessed: the documents gave no evidence that maps to this quadrant.\n"
                continue
            }
            for entry in entries {
                out += "- \(entry.question)\n"
                out += "  - *\(entry.label) \(catalog.name(of: entry.label))*: \(entry.documents) document(s), \(entry.passages) passage(s)"
                if let citation = entry.citation {
                    let section = citation.section.isEmpty ? "" : " § " + citation.section.joined(separator: " › ")
                    out += "; e.g. \(citation.document)\(section) (\(citation.passage)): “\(citation.match)”"
                }
                out += "\n"
            }
        }
        return out
    }
}
