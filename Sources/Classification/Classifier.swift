import DocumentModel

/// The classification stage: a passage's text (and heading path) → labels with evidence.
///
/// Reads: a `CompiledRules`. Creates: `Classification` per passage. One pass of the phrase automaton finds every
/// rule term and context cue; each candidate match is then judged ConText-style within its sentence
/// (negated, deficit, hypothetical, recommendation, historical) against its rule's polarity. When the rules folder
/// has a statistical model, labels it is confident of and the rules did not give are added with the model's evidence
/// (context `model`). Not thread-safe: make one classifier per thread (they share the compiled rules).
public final class Classifier {
    /// A rule that matched but did not fire, and why; `eval` shows these as nearest misses.
    public struct Miss: Sendable, Equatable {
        public var label: String
        public var rule: String
        public var match: String
        public var reason: String
    }

    /// Why a match does not fire: each case is a reason `eval` shows for a nearest miss.
    enum Rejection: String {
        case hypothetical = "hypothetical (a conditional cue precedes it)"
        case negatedProblem = "negated problem term: the failing is said to be absent"
        case recommendationOnly = "recommendation only; this label counts findings, not recommendations"
        /// A good-practice term stated as done (this also keeps the model out of such a passage).
        case practiceStated = "good-practice term asserted without negation or deficit: not a gap"
        /// A finding denied ("we found no fault with", "no concerns were raised about"); keeps the model out too.
        case cleared = "a cleared cue denies the finding ('no fault', 'no concerns about'): neither a problem nor a gap"
    }

    /// A match's ConText judgement: the context it fires in, or why it does not.
    enum Verdict {
        case fires(String)
        case rejected(Rejection)
    }

    /// What a heading that names a label's area adds to the label's score.
    static let sectionHintWeight = 0.5

    private let compiled: CompiledRules
    private let normaliser: WordNormaliser
    private var tokenizer = Tokenizer()
    private var tokens: [Token] = []
    private var keys: [PhraseAutomaton.WordKey] = []
    /// Distinct words seen by this classifier → their automaton key (prefix ids live in `prefixPool`);
    /// spelling, stemming and prefix tests run once per distinct word.
    /// Also the word's feature in the statistical model (or -1).
    private var lexicon: [String: (key: PhraseAutomaton.WordKey, modelWord: Int32)] = [:]
    /// Per token of the last prepared text: its word feature in the statistical model (or -1).
    private var modelWords: [Int32] = []
    private var prefixPool: [Int32] = []
    private var lastSection: [String] = []
    private var lastSectionLabels: Set<Int> = []
    private var hits: [PhraseAutomaton.Hit] = []
    private var termHits: [(rule: Int, order: Int, hit: PhraseAutomaton.Hit)] = []
    private var withHits: [(rule: Int, order: Int, hit: PhraseAutomaton.Hit)] = []
    private var sortKeys: [UInt64] = []
    private var stack: [(node: Int32, next: Int)] = []
    private let model: TextModel?
    private var modelVector = TextModel.Vector()
    private var modelScores: [Double] = []

    /// `model: false` classifies with the rules alone (inline examples test the rules; `--no-model`).
    public init(_ compiled: CompiledRules, model: Bool = true) {
        self.compiled = compiled
        self.model = model ? compiled.model : nil
        normaliser = WordNormaliser(spelling: compiled.book.spelling)
    }

    /// Labels, evidence and scores for one passage.
    public func classify(_ text: String, section: [String] = []) -> Classification {
        classify(text, section: section, misses: nil)
    }

    /// As `classify`, also collecting the rules that matched but did not fire.
    public func explain(_ text: String, section: [String] = []) -> (Classification, [Miss]) {
        var misses: [Miss] = []
        let result = classify(text, section: section, misses: &misses)
        return (result, misses)
    }
}

private extension Classifier {
    struct Span {
        var first: Int
        var last: Int
        var sentence: Int
    }

    /// Context cue spans of one passage by kind (an array per kind: no hashing on the judge's path).
    struct Cues {
        var byKind = [[Span]](repeating: [], count: CompiledRules.CueKind.allCases.count)
        subscript(kind: CompiledRules.CueKind) -> [Span]? { byKind[kind.rawValue] }
    }

    func classify(_ text: String, section: [String], misses: UnsafeMutablePointer<[Miss]>?) -> Classification {
        let sectionLabels = sectionHints(section)
        prepare(text)
        let cues = collectCues()
        withHits.removeAll(keepingCapacity: true)
        var unlessSentences: [(rule: Int, sentence: Int)] = []
        termHits.removeAll(keepingCapacity: true)
        for (order, hit) in hits.enumerated() {
            switch compiled.roles[Int(hit.pattern)] {
            case .term(let rule): termHits.append((rule, order, hit))
            case .with(let rule): withHits.append((rule, order, hit))
            case .unless(let rule): unlessSentences.append((rule, tokens[hit.first].sentence))
            default: break
            }
        }
        // Rules in id order; each rule's hits left to right (then in automaton order); `with` hits grouped by rule
        // in automaton order. Sorted as packed integers (16 bits each of rule, first, last and the hit's index,
        // from which the hit is read back): a plain integer sort instead of a generic sort of tuples.
        if hits.count < 1 << 16, tokens.count < 1 << 16, compiled.facts.count < 1 << 16 {
            sortKeys.removeAll(keepingCapacity: true)
            for t in termHits { sortKeys.append(UInt64(t.rule) << 48 | UInt64(t.hit.first) << 32 | UInt64(t.hit.last) << 16 | UInt64(t.order)) }
            sortKeys.sort()
            for (i, key) in sortKeys.enumerated() {
                let order = Int(key & 0xFFFF)
                termHits[i] = (Int(key >> 48), order, hits[order])
            }
            sortKeys.removeAll(keepingCapacity: true)
            for t in withHits { sortKeys.append(UInt64(t.rule) << 16 | UInt64(t.order)) }
            sortKeys.sort()
            for (i, key) in sortKeys.enumerated() {
                let order = Int(key & 0xFFFF)
                withHits[i] = (Int(key >> 16), order, hits[order])
            }
        } else {
            termHits.sort { ($0.rule, $0.hit.first, $0.hit.last, $0.order) < ($1.rule, $1.hit.first, $1.hit.last, $1.order) }
            withHits.sort { ($0.rule, $0.order) < ($1.rule, $1.order) }
        }
        var withStart = 0
        var describesPractice = false
        var evidence: [Evidence] = []
        var scores: [Int: Double] = [:]
        var end = 0
        while end < termHits.count {
            let first = end, rule = termHits[first].rule
            while end < termHits.count, termHits[end].rule == rule { end += 1 }
            let facts = compiled.facts[rule]
            while withStart < withHits.count, withHits[withStart].rule < rule { withStart += 1 }
            var withEnd = withStart
            while withEnd < withHits.count, withHits[withEnd].rule == rule { withEnd += 1 }
            let ruleWithHits = withHits[withStart..<withEnd]
            var firstMiss: Miss?
            // A miss is only built when asked for (`explain`): it copies strings.
            func missed(_ span: Span, _ reason: @autoclosure () -> String) {
                if misses != nil, firstMiss == nil { firstMiss = miss(compiled.book.rules[rule], span, reason()) }
            }
            for hit in termHits[first..<end].lazy.map(\.hit) {
                guard let (span, gap) = locate(hit, with: ruleWithHits, facts: facts) else { continue }
                if unlessSentences.contains(where: { $0.rule == rule && $0.sentence == span.sentence }) {
                    missed(span, "vetoed by an 'unless' phrase in the same sentence")
                    continue
                }
                let context: String
                switch judge(span, gap: gap, cues: cues, facts: facts, policy: compiled.book.labels[facts.label].recommendations) {
                case .fires(let fired): context = fired
                case .rejected(let rejection):
                    if rejection == .practiceStated { describesPractice = true }
                    missed(span, rejection.rawValue)
                    continue
                }
                let start = tokens[span.first].start, end = tokens[span.last].end
                let match = tokenizer.text(bytes: tokens[span.first].byteStart, tokens[span.last].byteEnd)
                let definition = compiled.book.rules[rule]
                evidence.append(Evidence(label: definition.label, rule: definition.id, match: match,
                                         start: start, end: end, context: context, weight: facts.weight))
                scores[facts.label, default: 0] += facts.weight
                firstMiss = nil
                break
            }
            if let firstMiss { misses?.pointee.append(firstMiss) }
        }
        var result = assign(scores: scores, evidence: evidence, sectionLabels: sectionLabels)
        // The model does not read negation: it adds nothing to a passage whose rules found good practice stated as
        // done ("the family were consulted at every stage"), or that denies a finding ("we found no fault with the care
        // provided"), unless a rule labelled it or the passage also reports a gap.
        let cleared = !(cues[.cleared] ?? []).isEmpty
        if let model, !result.labels.isEmpty || reportsAGap(cues) || (!describesPractice && !cleared) {
            addModelLabels(model, to: &result)
        }
        if let misses {
            // A rule that fired for a label left under its threshold is the nearest miss `eval` should name.
            let labels = compiled.book.labels
            for (label, score) in scores.sorted(by: { $0.key < $1.key }) where result.scores[labels[label].code] == nil {
                guard let item = evidence.first(where: { $0.label == labels[label].code }) else { continue }
                let total = score + (sectionLabels.contains(label) ? Self.sectionHintWeight : 0)
                misses.pointee.append(Miss(label: item.label, rule: item.rule, match: item.match, reason:
                    "its label's score \(total) stays under the threshold \(labels[label].threshold) (a weak rule needs another rule or a section hint)"))
            }
        }
        return result
    }

    func prepare(_ text: String) {
        tokenizer.tokenize(text, into: &tokens)
        keys.removeAll(keepingCapacity: true)
        modelWords.removeAll(keepingCapacity: true)
        // The word cache is bounded; it is emptied only between passages, as this passage's keys point into the pool.
        if lexicon.count >= 200_000 {
            lexicon.removeAll(keepingCapacity: true)
            prefixPool.removeAll(keepingCapacity: true)
        }
        for token in tokens {
            if let entry = lexicon[token.word] {
                keys.append(entry.key)
                modelWords.append(entry.modelWord)
                continue
            }
            let british = normaliser.british(token.word)
            let first = Int32(prefixPool.count)
            compiled.automaton.appendPrefixes(of: british, to: &prefixPool)
            let stem = normaliser.stem(british)
            let key = PhraseAutomaton.WordKey(stem: compiled.automaton.lookup(stem), prefixes: first..<Int32(prefixPool.count))
            let modelWord = model.map { $0.wordIndex[$0.parameters.stems ? stem : token.word] ?? -1 } ?? -1
            lexicon[token.word] = (key, modelWord)
            keys.append(key)
            modelWords.append(modelWord)
        }
        compiled.automaton.match(keys, pool: prefixPool, into: &hits, stack: &stack)
        // A phrase never spans a sentence ("… of care. Review …" is not "care review").
        hits.removeAll { tokens[$0.first].sentence != tokens[$0.last].sentence }
    }

    /// Context cue hits by kind, after dropping any cue contained in a longer cue ("not only" hides "not",
    /// "should have" hides "should").
    func collectCues() -> Cues {
        var raw: [(kind: CompiledRules.CueKind, span: Span)] = []
        for hit in hits {
            if case .cue(let kind) = compiled.roles[Int(hit.pattern)] {
                raw.append((kind, Span(first: hit.first, last: hit.last, sentence: tokens[hit.first].sentence)))
            }
        }
        raw.sort { ($0.span.last - $0.span.first) > ($1.span.last - $1.span.first) }
        var kept: [(kind: CompiledRules.CueKind, span: Span)] = []
        for cue in raw {
            let hidden = kept.contains { other in
                other.span.first <= cue.span.first && other.span.last >= cue.span.last
                    && (other.span.last - other.span.first > cue.span.last - cue.span.first || other.kind == cue.kind)
            }
            if !hidden { kept.append(cue) }
        }
        var cues = Cues()
        for cue in kept { cues.byKind[cue.kind.rawValue].append(cue.span) }
        return cues
    }

    /// The match span of a term hit: itself, or joined with the nearest `with` hit in the same sentence.
    /// Returns the gap between the two hits (token range) for cues that sit inside the match.
    func locate(_ hit: PhraseAutomaton.Hit, with others: ArraySlice<(rule: Int, order: Int, hit: PhraseAutomaton.Hit)>, facts rule: CompiledRules.RuleFacts) -> (Span, ClosedRange<Int>?)? {
        let sentence = tokens[hit.first].sentence
        guard rule.hasWith else { return (Span(first: hit.first, last: hit.last, sentence: sentence), nil) }
        var best: (PhraseAutomaton.Hit, Int)?
        for other in others.lazy.map(\.hit) where tokens[other.first].sentence == sentence {
            let gap: Int
            if other.first > hit.last { gap = other.first - hit.last - 1 } else if other.last < hit.first {
                gap = hit.first - other.last - 1
            } else { continue }
            if gap <= rule.within, gap < (best?.1 ?? .max) { best = (other, gap) }
        }
        guard let (other, _) = best else { return nil }
        let first = min(hit.first, other.first), last = max(hit.last, other.last)
        let (low, high) = other.first > hit.last ? (hit.last + 1, other.first - 1) : (other.last + 1, hit.first - 1)
        return (Span(first: first, last: last, sentence: sentence), low <= high ? low...high : nil)
    }

    /// ConText judgement of one match.
    func judge(_ span: Span, gap: ClosedRange<Int>?, cues: Cues, facts rule: CompiledRules.RuleFacts,
               policy: RecommendationPolicy) -> Verdict {
        let window = compiled.book.cues.window
        let terminators = cues[.terminator] ?? []
        // A cue "before" starts before the match and ends at most `limit` words before it (or overlaps it:
        // "was NOT offered an advocate"), with no terminator starting in between (one that runs into the match
        // counts: "did not disclose his thoughts FOR FEAR of being sectioned").
        func before(_ kind: CompiledRules.CueKind, within limit: Int) -> Bool {
            (cues[kind] ?? []).contains { cue in
                cue.sentence == span.sentence && cue.first < span.first && span.first - cue.last - 1 <= limit
                    && !terminators.contains { $0.sentence == span.sentence && $0.first > cue.last && $0.first < span.first }
            }
        }
        // Cues inside the match. For good practice, anywhere in it ("the family were NOT consulted", "not offered
        // an advocate"): the gap is the finding. For a problem, only between its two hits; a problem phrase written
        // with its own negation ("referral was not acknowledged", "never seen * care plan") states the failing
        // outright, so no outside cue negates it either.
        let inner: ClosedRange<Int>? = rule.polarity == .good ? span.first...span.last : gap
        func inside(_ kind: CompiledRules.CueKind) -> Bool {
            guard let inner else { return false }
            return (cues[kind] ?? []).contains { $0.first >= inner.lowerBound && $0.first <= inner.upperBound }
        }
        func overlaps(_ kind: CompiledRules.CueKind) -> Bool {
            (cues[kind] ?? []).contains { $0.first <= span.last && $0.last >= span.first }
        }
        func withinHits(_ kind: CompiledRules.CueKind) -> Bool {
            (cues[kind] ?? []).contains { cue in
                cue.last >= span.first && cue.first <= span.last
                    && !(gap.map { $0.contains(cue.first) && $0.contains(cue.last) } ?? false)
            }
        }
        let statesFailure = rule.polarity == .problem
            && (withinHits(.negationBefore) || withinHits(.negationAfter) || withinHits(.negationShort))
        let stops = terminators + (cues[.afterStop] ?? [])
        func after(_ kind: CompiledRules.CueKind, within limit: Int) -> Bool {
            (cues[kind] ?? []).contains { cue in
                cue.sentence == span.sentence && cue.first > span.last && cue.first - span.last - 1 <= limit
                    && !stops.contains { $0.sentence == span.sentence && $0.first > span.last && $0.last < cue.first }
            }
        }
        let shortWindow = compiled.book.cues.shortWindow
        let negated = !statesFailure && (before(.negationBefore, within: window) || before(.negationShort, within: shortWindow)
            || inside(.negationBefore) || inside(.negationAfter) || (rule.polarity == .good && inside(.negationShort))
            || after(.negationAfter, within: min(window, 3)))
        // A deficit cue before the match ("limited information sharing"), inside it, or predicated of it just after
        // ("information sharing with the GP was poor"), unless a clause boundary comes between.
        // A quantified shortfall governs the rest of its sentence ("only 31% of people discharged … said they knew
        // whom to contact"), up to a terminator; just after the match it reads as a deficit ("a debrief after only 9 of 40").
        let deficit = before(.deficit, within: window) || inside(.deficit) || after(.deficit, within: window)
            || before(.shortfall, within: Int.max / 2) || inside(.shortfall) || after(.shortfall, within: window)
        let hypothetical = before(.hypothetical, within: window * 2)
        let recommendation = (cues[.recommendation] ?? []).contains { $0.sentence == span.sentence }
        // "We did not find fault with how the council handled the complaint": whatever the rule's polarity. The denial
        // reaches its own object, a few words on ("no concerns were raised about THE WAITING LIST"), not the next clause
        // ("no concerns about his mood, and the family were not consulted"), or overlaps the match ("NO FAULT with the
        // care plan"). A recommendation that there be no such problem is still learning.
        if before(.cleared, within: min(window, 3)) || overlaps(.cleared), !(recommendation && policy == .learning) {
            return .rejected(.cleared)
        }
        let historical = before(.historical, within: window * 2)
        // A conditional recommendation ("If a patient cannot read, this should be recorded …") is still learning;
        // a conditional finding is not a finding.
        if hypothetical, !(recommendation && policy == .learning) { return .rejected(.hypothetical) }
        switch rule.polarity {
        case .problem:
            // "Services should not reject referrals because of alcohol use" is learning about the problem.
            if negated, !(recommendation && policy == .learning) { return .rejected(.negatedProblem) }
            if recommendation || hypothetical {
                return policy == .learning ? .fires("recommendation") : .rejected(.recommendationOnly)
            }
            return .fires(historical ? "historical" : "asserted")
        case .good:
            if negated, !hypothetical { return .fires("negated") }
            if deficit, !hypothetical { return .fires("deficit") }
            if recommendation { return policy == .learning ? .fires("recommendation") : .rejected(.recommendationOnly) }
            return .rejected(.practiceStated)
        }
    }

    /// Labels whose section hints match the heading path; passages of one section share it, so it is cached.
    func sectionHints(_ section: [String]) -> Set<Int> {
        guard !section.isEmpty else { return [] }
        if section == lastSection { return lastSectionLabels }
        prepare(section.joined(separator: " ; "))
        var labels = Set<Int>()
        for hit in hits {
            if case .section(let label) = compiled.roles[Int(hit.pattern)] { labels.insert(label) }
        }
        lastSection = section
        lastSectionLabels = labels
        return labels
    }

    func assign(scores: [Int: Double], evidence: [Evidence], sectionLabels: Set<Int>) -> Classification {
        let labels = compiled.book.labels
        var final: [String: Double] = [:]
        for (label, score) in scores {
            let total = score + (sectionLabels.contains(label) ? Self.sectionHintWeight : 0)
            if total + 1e-9 >= labels[label].threshold { final[labels[label].code] = total }
        }
        for code in Array(final.keys) {
            guard let parent = LabelCode.parent(of: code), compiled.labelIndex[parent] != nil else { continue }
            final[parent] = max(final[parent] ?? 0, final[code]!)
        }
        let codes = final.keys.sorted { (compiled.rank[$0] ?? .max, $0) < (compiled.rank[$1] ?? .max, $1) }
        let assigned = Set(codes)
        let kept = evidence.filter { assigned.contains($0.label) }
            .sorted { ($0.start, $0.end, $0.rule) < ($1.start, $1.end, $1.rule) }
        return Classification(labels: codes, evidence: kept, scores: final)
    }

    /// Whether the passage has a negation, deficit, shortfall or recommendation cue: the model only adds labels to a
    /// passage that reports a failing, a gap or learning (or that a rule already labelled), never to one that only
    /// describes practice ("the family were consulted at every stage").
    func reportsAGap(_ cues: Cues) -> Bool {
        let kinds: [CompiledRules.CueKind] = [.negationBefore, .negationAfter, .negationShort, .deficit, .shortfall, .recommendation]
        return kinds.contains { !(cues[$0] ?? []).isEmpty }
    }

    /// Labels the statistical model is confident of (probability ≥ its threshold) that the rules did not give, each
    /// with the sentence that adds most to its score as evidence.
    func addModelLabels(_ model: TextModel, to result: inout Classification) {
        model.vector(tokens, words: modelWords, into: &modelVector)
        guard !modelVector.values.isEmpty else { return }
        model.score(&modelVector, into: &modelScores)
        var added = false
        for (index, code) in model.labels.enumerated() where result.scores[code] == nil {
            let probability = modelScores[index]
            guard probability >= model.parameters.threshold,
                  let span = model.strongestSentence(for: index, in: modelVector, tokens: tokens)
            else { continue }
            let first = tokens[span.first], last = tokens[span.last]
            result.evidence.append(Evidence(label: code, rule: "model.\(code)", match: tokenizer.text(bytes: first.byteStart, last.byteEnd),
                                            start: first.start, end: last.end, context: "model", weight: probability))
            result.scores[code] = probability
            result.labels.append(code)
            added = true
        }
        guard added else { return }
        result.labels.sort { (compiled.rank[$0] ?? .max, $0) < (compiled.rank[$1] ?? .max, $1) }
        result.evidence.sort { ($0.start, $0.end, $0.rule) < ($1.start, $1.end, $1.rule) }
    }

    func miss(_ rule: Rule, _ span: Span, _ reason: String) -> Miss {
        Miss(label: rule.label, rule: rule.id, match: tokenizer.text(bytes: tokens[span.first].byteStart, tokens[span.last].byteEnd), reason: reason)
    }
}
