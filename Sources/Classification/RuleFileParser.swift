import Foundation
import DocumentModel
import Yams

/// Parses the YAML of rule files into labels, rules, cues, spelling and quadrant templates, collecting
/// diagnostics instead of stopping at the first problem.
struct RuleFileParser {
    /// Words allowed between a `terms` hit and a `with` hit when a rule does not say (always one sentence). Wide,
    /// because reviewers write long sentences: on published review prose, 20 found more than the 3–12 words the
    /// rules once set one by one, at about the same precision (README, "How well it works", gives the figures).
    static let defaultWithin = 20

    private(set) var labels: [Label] = []
    private(set) var rules: [Rule] = []
    private(set) var cues = ContextCues()
    private(set) var spelling: [String: String] = [:]
    private(set) var quadrant = QuadrantTemplates()
    private(set) var diagnostics: [RuleDiagnostic] = []
    private var file = ""
    private var lines: [Substring] = []
    private var normaliser = WordNormaliser(spelling: [:])
    private var tokenizer = Tokenizer()
    private var labelCodes: [String: RuleSourceLocation] = [:]
    private var ruleIDs: [String: RuleSourceLocation] = [:]
    private var quadrantLabels: [(code: String, location: RuleSourceLocation)] = []
    /// Named word lists of `vocabulary.yaml`: `@name` in a phrase stands for each of the list's phrases.
    private var vocabulary: [String: [Phrase]] = [:]
    private var placeholderUses: [(kind: String, location: RuleSourceLocation)] = []

    /// Parses one file; special names `spelling.yaml`, `vocabulary.yaml`, `context.yaml` and `quadrant.yaml` have
    /// their own shapes. Call with `spelling.yaml` first, then `vocabulary.yaml` (the loader orders files), so phrases
    /// are normalised with the spelling map and may name the word lists.
    mutating func parse(name: String, text: String) {
        file = name
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else { return error(at: nil, "the file is empty") }
            root = node
        } catch let yamlError as YamlError {
            return report(yamlError)
        } catch {
            return self.error(at: nil, "cannot parse YAML: \(error)")
        }
        switch (name as NSString).lastPathComponent {
        case "spelling.yaml", "spelling.yml": parseSpelling(root)
        case "vocabulary.yaml", "vocabulary.yml": parseVocabulary(root)
        case "context.yaml", "context.yml": parseContext(root)
        case "quadrant.yaml", "quadrant.yml": parseQuadrant(root)
        default: parsePack(root)
        }
    }

    /// Cross-file checks: sub-items need their parent, quadrant templates need known labels.
    mutating func checkReferences() {
        for label in labels {
            if let parent = LabelCode.parent(of: label.code), labelCodes[parent] == nil {
                diagnostics.append(diagnostic(label.location, "sub-item \(label.code) has no parent label \(parent) in any pack"))
            }
        }
        for use in quadrantLabels where labelCodes[use.code] == nil {
            diagnostics.append(diagnostic(use.location, "unknown label code '\(use.code)' (no pack defines it)"))
        }
        let kinds = Set(quadrant.specifics.map(\.kind))
        for use in placeholderUses where !kinds.contains(use.kind) {
            diagnostics.append(diagnostic(use.location, "unknown placeholder '{\(use.kind)}': declare it under specifics"))
        }
    }
}

// MARK: - Label packs

private extension RuleFileParser {
    mutating func parsePack(_ root: Node) {
        guard let fields = mapping(root, allowed: ["pack", "description", "recommendations", "labels"]) else { return }
        guard string(fields["pack"], required: root, key: "pack") != nil else { return }
        let policy = recommendationPolicy(fields["recommendations"]) ?? .learning
        guard let list = sequence(fields["labels"], required: root, key: "labels") else { return }
        for node in list { parseLabel(node, packPolicy: policy) }
    }

    mutating func parseLabel(_ node: Node, packPolicy: RecommendationPolicy) {
        let allowed = ["code", "name", "definition", "threshold", "sections", "recommendations", "rules", "examples"]
        guard let fields = mapping(node, allowed: allowed),
              let code = string(fields["code"], required: node, key: "code") else { return }
        let location = self.location(fields["code"] ?? node)
        guard LabelCode.isWellFormed(code) else {
            return error(at: fields["code"], "unknown label code '\(code)': expected HS1–HS7 (HS1.1…), TH1–TH6, IM1–IM13 or HM1…HM8")
        }
        if let previous = labelCodes[code] { return error(at: fields["code"], "duplicate label code '\(code)' (first defined at \(previous))") }
        labelCodes[code] = location
        let name = string(fields["name"], required: node, key: "name") ?? code
        let definition = string(fields["definition"], required: node, key: "definition") ?? ""
        let threshold = number(fields["threshold"], positive: true) ?? 1.0
        let sections = phrases(fields["sections"], allowEmpty: true)
        let policy = recommendationPolicy(fields["recommendations"]) ?? packPolicy
        let examples = parseExamples(fields["examples"])
        labels.append(Label(code: code, name: name, definition: definition, threshold: threshold, sections: sections,
                            recommendations: policy, examples: examples, location: location))
        for ruleNode in sequence(fields["rules"], required: nil, key: "rules") ?? [] { parseRule(ruleNode, label: code) }
    }

    mutating func parseRule(_ node: Node, label: String) {
        let allowed = ["id", "terms", "with", "within", "polarity", "unless", "weight"]
        guard let fields = mapping(node, allowed: allowed), let id = string(fields["id"], required: node, key: "id") else { return }
        let location = self.location(fields["id"] ?? node)
        if let previous = ruleIDs[id] { return error(at: fields["id"], "duplicate rule id '\(id)' (first used at \(previous))") }
        ruleIDs[id] = location
        guard fields["terms"] != nil else { return error(at: node, "rule '\(id)' has no 'terms'") }
        let terms = phrases(fields["terms"], allowEmpty: false)
        let with = phrases(fields["with"], allowEmpty: false)
        let unless = phrases(fields["unless"], allowEmpty: false)
        let within = number(fields["within"], positive: true).map { Int($0) } ?? Self.defaultWithin
        if let node = fields["within"], within > 60 { error(at: node, "'within' must be at most 60 words") }
        if fields["within"] != nil, fields["with"] == nil { error(at: fields["within"], "'within' needs a 'with' list") }
        var polarity = Polarity.problem
        if let node = fields["polarity"], let value = string(node, required: nil, key: "polarity") {
            if let parsed = Polarity(rawValue: value) { polarity = parsed } else {
                error(at: node, "unknown polarity '\(value)': expected 'good' or 'problem'")
            }
        }
        let weight = number(fields["weight"], positive: true) ?? 1.0
        rules.append(Rule(id: id, label: label, terms: terms, with: with, within: within, polarity: polarity,
                          unless: unless, weight: weight, location: location))
    }

    mutating func parseExamples(_ node: Node?) -> [Label.Example] {
        guard let node, let fields = mapping(node, allowed: ["tagged", "not_tagged"]) else { return [] }
        var examples: [Label.Example] = []
        for (key, tagged) in [("tagged", true), ("not_tagged", false)] {
            for item in sequence(fields[key], required: nil, key: key) ?? [] {
                if let text = string(item, required: nil, key: key) {
                    examples.append(Label.Example(text: text, tagged: tagged, location: location(item)))
                }
            }
        }
        return examples
    }

    mutating func recommendationPolicy(_ node: Node?) -> RecommendationPolicy? {
        guard let node, let value = string(node, required: nil, key: "recommendations") else { return nil }
        guard let policy = RecommendationPolicy(rawValue: value) else {
            error(at: node, "unknown value '\(value)' for 'recommendations': expected 'learning' or 'ignore'")
            return nil
        }
        return policy
    }
}

// MARK: - context.yaml, spelling.yaml, vocabulary.yaml, quadrant.yaml

private extension RuleFileParser {
    /// `lists:` name → phrases. A list's phrases are plain phrases (no `@` references: lists do not nest).
    mutating func parseVocabulary(_ root: Node) {
        guard let fields = mapping(root, allowed: ["description", "lists"]) else { return }
        guard let node = fields["lists"] else { return error(at: root, "missing required field 'lists'") }
        guard case .mapping(let pairs) = node else { return error(at: node, "'lists' must be a mapping of name → list of phrases") }
        for (key, value) in pairs {
            guard let name = key.string, Self.isListName(name) else {
                error(at: key, "bad list name '\(key.string ?? "")': use lower-case letters, digits, '_' and '-', starting with a letter")
                continue
            }
            if vocabulary[name] != nil { error(at: key, "duplicate list '\(name)'"); continue }
            guard let items = sequence(value, required: nil, key: name) else { continue }
            if items.isEmpty { error(at: value, "empty phrase list") }
            var phrases: [Phrase] = []
            for item in items {
                guard let text = string(item, required: nil, key: name) else { continue }
                if text.contains("@") { error(at: item, "'\(text)': a list's phrases cannot name other lists"); continue }
                if let phrase = compile(text, at: item) { phrases.append(phrase) }
            }
            vocabulary[name] = phrases
        }
    }

    static func isListName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" }
    }

    mutating func parseContext(_ root: Node) {
        let allowed = ["negation", "pseudo", "cleared", "deficit", "shortfall", "hypothetical", "historical", "recommendation", "terminators"]
        guard let fields = mapping(root, allowed: allowed) else { return }
        if let node = fields["negation"],
           let negation = mapping(node, allowed: ["before", "after", "short", "after_stop", "window", "short_window"]) {
            cues.negationBefore = phrases(negation["before"], allowEmpty: true)
            cues.negationAfter = phrases(negation["after"], allowEmpty: true)
            cues.negationShort = phrases(negation["short"], allowEmpty: true)
            cues.afterStops = phrases(negation["after_stop"], allowEmpty: true)
            cues.window = number(negation["window"], positive: true).map { Int($0) } ?? 6
            cues.shortWindow = number(negation["short_window"], positive: true).map { Int($0) } ?? 2
        }
        cues.pseudo = phrases(fields["pseudo"], allowEmpty: true)
        cues.cleared = phrases(fields["cleared"], allowEmpty: true)
        cues.deficit = phrases(fields["deficit"], allowEmpty: true)
        cues.shortfall = phrases(fields["shortfall"], allowEmpty: true)
        cues.hypothetical = phrases(fields["hypothetical"], allowEmpty: true)
        cues.historical = phrases(fields["historical"], allowEmpty: true)
        cues.recommendation = phrases(fields["recommendation"], allowEmpty: true)
        cues.terminators = phrases(fields["terminators"], allowEmpty: true)
    }

    mutating func parseSpelling(_ root: Node) {
        guard let fields = mapping(root, allowed: ["pairs"]) else { return }
        for pair in sequence(fields["pairs"], required: root, key: "pairs") ?? [] {
            guard let items = pair.sequence.map(Array.init), items.count == 2,
                  let american = items[0].string?.lowercased(), let british = items[1].string?.lowercased() else {
                error(at: pair, "a spelling pair is written [american, british]")
                continue
            }
            spelling[american] = british
        }
        normaliser = WordNormaliser(spelling: spelling)
    }

    mutating func parseQuadrant(_ root: Node) {
        guard let fields = mapping(root, allowed: ["specifics", "templates"]) else { return }
        if let node = fields["specifics"], case .mapping(let kinds) = node {
            for (key, value) in kinds {
                guard let kind = key.string else { continue }
                let phrases = (sequence(value, required: nil, key: kind) ?? []).compactMap { string($0, required: nil, key: kind) }
                quadrant.specifics.append((kind, phrases))
            }
        } else if let node = fields["specifics"] {
            error(at: node, "'specifics' must be a mapping of kind → list of phrases")
        }
        let quadrantKeys = QuadrantTemplates.Quadrant.allCases.map(\.rawValue)
        for node in sequence(fields["templates"], required: root, key: "templates") ?? [] {
            guard let entry = mapping(node, allowed: ["label"] + quadrantKeys),
                  let code = string(entry["label"], required: node, key: "label") else { continue }
            quadrantLabels.append((code, location(entry["label"] ?? node)))
            var byQuadrant = quadrant.questions[code] ?? [:]
            for quadrantCase in QuadrantTemplates.Quadrant.allCases {
                for item in sequence(entry[quadrantCase.rawValue], required: nil, key: quadrantCase.rawValue) ?? [] {
                    guard let question = string(item, required: nil, key: quadrantCase.rawValue) else { continue }
                    for kind in Self.placeholders(in: question) { placeholderUses.append((kind, location(item))) }
                    byQuadrant[quadrantCase, default: []].append(question)
                }
            }
            quadrant.questions[code] = byQuadrant
        }
    }

    static func placeholders(in text: String) -> [String] {
        var result: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return result
    }
}

// MARK: - Typed access with diagnostics

private extension RuleFileParser {
    mutating func mapping(_ node: Node, allowed: [String]) -> [String: Node]? {
        guard case .mapping(let pairs) = node else {
            error(at: node, "expected a mapping with keys: \(allowed.joined(separator: ", "))")
            return nil
        }
        var result: [String: Node] = [:]
        for (key, value) in pairs {
            guard let name = key.string else { error(at: key, "keys must be plain words"); continue }
            guard allowed.contains(name) else {
                let hint = Self.closest(name, in: allowed).map { " (did you mean '\($0)'?)" } ?? ""
                error(at: key, "unknown field '\(name)'\(hint); allowed here: \(allowed.joined(separator: ", "))")
                continue
            }
            if result[name] != nil { error(at: key, "duplicate field '\(name)'") }
            result[name] = value
        }
        return result
    }

    mutating func sequence(_ node: Node?, required parent: Node?, key: String) -> [Node]? {
        guard let node else {
            if let parent { error(at: parent, "missing required field '\(key)'") }
            return nil
        }
        if case .scalar(let scalar) = node, scalar.string.isEmpty { return [] }
        guard case .sequence(let items) = node else {
            error(at: node, "'\(key)' must be a list")
            return nil
        }
        return Array(items)
    }

    mutating func string(_ node: Node?, required parent: Node?, key: String) -> String? {
        guard let node else {
            if let parent { error(at: parent, "missing required field '\(key)'") }
            return nil
        }
        guard case .scalar(let scalar) = node else {
            error(at: node, "'\(key)' must be text")
            return nil
        }
        let value = scalar.string.trimmingWhitespace
        if value.isEmpty, parent != nil { error(at: node, "'\(key)' is empty") }
        return value
    }

    mutating func number(_ node: Node?, positive: Bool) -> Double? {
        guard let node else { return nil }
        guard case .scalar(let scalar) = node, let value = Double(scalar.string), !positive || value > 0 else {
            error(at: node, "expected a positive number")
            return nil
        }
        return value
    }

    mutating func phrases(_ node: Node?, allowEmpty: Bool) -> [Phrase] {
        guard let node else { return [] }
        guard let items = sequence(node, required: nil, key: "phrases") else { return [] }
        if items.isEmpty, !allowEmpty { error(at: node, "empty phrase list") }
        var result: [Phrase] = []
        for item in items {
            guard let text = string(item, required: nil, key: "phrase") else { continue }
            guard text.contains("@") else {
                if let phrase = compile(text, at: item) { result.append(phrase) }
                continue
            }
            for phrase in expand(text, at: item) {
                guard let phrase = checked(phrase, at: item) else { break }  // one message per pattern
                result.append(phrase)
            }
        }
        return result
    }

    /// Phrases with `@list` words, one phrase per combination of the lists' phrases ("@family not @told" →
    /// "family not told", "carers not told", "family not informed", …); at most `maxExpansions`. The lists' phrases
    /// are compiled once (in `vocabulary`), so a combination is a concatenation of compiled tokens.
    mutating func expand(_ text: String, at node: Node) -> [Phrase] {
        var combinations = [Phrase(source: "", tokens: [])]
        for piece in text.split(whereSeparator: { $0.isWhitespace }) {
            var choices: [Phrase]
            if piece.contains("@") {
                // "@name", with punctuation after it ignored as in any phrase ("@family, @told").
                let name = String(piece.dropFirst().prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" })
                guard piece.hasPrefix("@"), !piece.dropFirst(name.count + 1).contains(where: { $0.isLetter || $0.isNumber || $0 == "@" }) else {
                    error(at: node, "bad pattern '\(text)': '@' starts a word list's name and stands alone (\"@family\")")
                    return []
                }
                guard let list = vocabulary[name] else {
                    let hint = Self.closest(name, in: vocabulary.keys.sorted()).map { " (did you mean '@\($0)'?)" } ?? ""
                    error(at: node, "unknown word list '@\(name)'\(hint): lists are defined in vocabulary.yaml")
                    return []
                }
                choices = list
            } else {
                guard let tokens = compileTokens(String(piece), at: node, pattern: text) else { return [] }
                choices = [Phrase(source: String(piece), tokens: tokens)]
            }
            combinations = combinations.flatMap { prefix in
                choices.map { Phrase(source: prefix.source.isEmpty ? $0.source : prefix.source + " " + $0.source, tokens: prefix.tokens + $0.tokens) }
            }
            if combinations.count > Self.maxExpansions {
                error(at: node, "'\(text)' stands for more than \(Self.maxExpansions) phrases: split it into smaller lists")
                return []
            }
        }
        return combinations
    }

    static let maxExpansions = 2_000

    /// A phrase's words become stems; `word*` a prefix of the British-spelled word; a lone `*` any word.
    mutating func compile(_ text: String, at node: Node) -> Phrase? {
        guard let tokens = compileTokens(text, at: node, pattern: text) else { return nil }
        return checked(Phrase(source: text, tokens: tokens), at: node)
    }

    /// The tokens of `text` (a phrase, or a piece of one; `pattern` is the whole phrase, for messages).
    mutating func compileTokens(_ text: String, at node: Node, pattern: String) -> [Phrase.Token]? {
        var tokens: [Phrase.Token] = []
        var words: [Token] = []
        for scalars in text.unicodeScalars.split(whereSeparator: { $0.properties.isWhitespace }) {
            let piece = Substring(scalars)
            if piece == "*" { tokens.append(.any); continue }
            let isPrefix = piece.hasSuffix("*")
            let body = isPrefix ? piece.dropLast() : piece[...]
            if body.utf8.contains(UInt8(ascii: "*")) {
                error(at: node, "bad pattern '\(pattern)': '*' may only end a word or stand alone")
                return nil
            }
            tokenizer.tokenize(String(body), into: &words)
            for (index, word) in words.enumerated() {
                let british = normaliser.british(word.word)
                if isPrefix && index == words.count - 1 {
                    if british.count < 3 {
                        error(at: node, "bad pattern '\(pattern)': prefix '\(british)*' is shorter than 3 letters")
                        return nil
                    }
                    tokens.append(.prefix(british))
                } else {
                    tokens.append(.word(normaliser.stem(british)))
                }
            }
        }
        return tokens
    }

    /// A whole phrase has a word and neither starts nor ends with a lone `*`.
    mutating func checked(_ phrase: Phrase, at node: Node) -> Phrase? {
        guard phrase.tokens.contains(where: { $0 != .any }) else {
            error(at: node, "bad pattern '\(phrase.source)': it has no words")
            return nil
        }
        if phrase.tokens.first == .any || phrase.tokens.last == .any {
            error(at: node, "bad pattern '\(phrase.source)': a phrase cannot start or end with '*'")
            return nil
        }
        return phrase
    }

    func location(_ node: Node) -> RuleSourceLocation {
        RuleSourceLocation(file: file, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0)
    }

    func diagnostic(_ location: RuleSourceLocation, _ message: String) -> RuleDiagnostic {
        RuleDiagnostic(location, message, sourceLine: nil)
    }

    mutating func error(at node: Node?, _ message: String) {
        let location = node.map(self.location) ?? RuleSourceLocation(file: file, line: 1, column: 1)
        diagnostics.append(RuleDiagnostic(location, message, sourceLine: sourceLine(location.line)))
    }

    mutating func report(_ yamlError: YamlError) {
        var mark: Mark?
        var problem = "\(yamlError)"
        switch yamlError {
        case .scanner(_, let text, let m, _), .parser(_, let text, let m, _), .composer(_, let text, let m, _):
            mark = m
            problem = text
        default: break
        }
        let location = RuleSourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
        diagnostics.append(RuleDiagnostic(location, "YAML syntax: \(problem)", sourceLine: sourceLine(location.line)))
    }

    func sourceLine(_ line: Int) -> String? {
        line >= 1 && line <= lines.count ? String(lines[line - 1]) : nil
    }

    static func closest(_ word: String, in candidates: [String]) -> String? {
        candidates.map { ($0, distance(word, $0)) }.filter { $0.1 <= 2 }.min { $0.1 < $1.1 }?.0
    }

    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return row[b.count]
    }
}

