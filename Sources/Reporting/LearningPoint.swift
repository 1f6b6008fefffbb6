import Foundation
import DocumentModel

/// A critical learning point: a recommendation sentence, who it is addressed to, and what it is about.
public struct LearningPoint: Sendable, Equatable {
    public var document: String
    public var passage: String
    public var section: [String]
    public var text: String
    public var addressee: String?
    /// Theme and harm-source labels of the passage.
    public var labels: [String]
    /// Harm minimisations (HM codes) the recommendation maps to.
    public var minimisations: [String]
}

/// Finds recommendation sentences ("should", "must", "needs to", "we recommend" …, but not "should have")
/// and the addressee stated before the cue ("The Trust should …" → "The Trust").
public enum LearningPointExtractor {
    static let cues = ["should", "must", "needs to", "need to", "ought to", "we recommend", "it is recommended",
                       "is recommended", "are recommended", "recommends", "recommendation"]
    static let modals = ["should", "must", "needs to", "need to", "ought to"]
    static let past = ["should have", "must have", "ought to have", "should not have", "needs to have been"]

    public static func extract(_ item: ClassifiedPassage, document: String) -> [LearningPoint] {
        guard mayRecommend(item.passage.text) else { return [] }
        let labels = item.result.labels.filter { $0.hasPrefix("TH") || ($0.hasPrefix("HS") && LabelCode.isTopLevel($0)) }
        let minimisations = item.result.labels.filter { $0.hasPrefix("HM") }
        return sentences(item.passage.text).compactMap { sentence in
            guard firstCue(in: sentence, cues: cues) != nil else { return nil }
            let who = firstCue(in: sentence, cues: modals).flatMap { addressee(sentence, before: $0) } ?? recommendedParty(sentence)
            return LearningPoint(document: document, passage: item.passage.id, section: item.passage.section,
                                 text: sentence, addressee: who, labels: labels, minimisations: minimisations)
        }
    }

    /// A cheap test on the raw bytes before any sentence work: does the text hold a cue word at all?
    static func mayRecommend(_ text: String) -> Bool {
        let bytes = asciiLowercased(text.utf8)
        return cueStems.contains { FoldedText.firstOffset(of: $0, in: bytes) != nil }
    }

    private static let cueStems = ["should", "must", "need", "recommend", "ought"].map { Array($0.utf8) }

    /// Sentences end at `.`, `!` or `?` before a space or the end, unless the `.` ends an abbreviation.
    static func sentences(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        var result: [String] = []
        var start = 0
        func append(_ end: Int) {
            let sentence = String(decoding: bytes[start..<end], as: UTF8.self).trimmingSpaces
            if !sentence.isEmpty || end < bytes.count { result.append(sentence) }
            start = end
        }
        for i in bytes.indices where bytes[i] == 0x2E || bytes[i] == 0x21 || bytes[i] == 0x3F {
            guard i + 1 == bytes.count || bytes[i + 1] == 0x20, !endsWithAbbreviation(bytes[start...i]) else { continue }
            append(i + 1)
        }
        if start < bytes.count { append(bytes.count) }
        return result
    }

    /// Whether the last word of `text` (which ends with `.`) is an abbreviation such as "Dr." or "e.g.".
    static func endsWithAbbreviation(_ text: ArraySlice<UInt8>) -> Bool {
        abbreviations.contains(asciiLowercased(text[((text.lastIndex(of: 0x20) ?? text.startIndex - 1) + 1)...]))
    }

    private static let abbreviations: Set<[UInt8]> = Set(["mr.", "mrs.", "ms.", "dr.", "e.g.", "i.e.", "no.", "st.", "etc."].map { Array($0.utf8) })

    /// Index of the first recommendation cue that is not a past-tense "should have" (the cue's first
    /// occurrence decides). Compared as ASCII-lower-cased bytes: every cue is ASCII.
    static func firstCue(in sentence: String, cues: [String]) -> String.Index? {
        let lower = [32] + asciiLowercased(sentence.utf8) + [32]
        var best: Int?
        for cue in cues {
            let forms = cueForms[cue] ?? Self.forms(cue)
            guard let offset = FoldedText.firstOffset(of: forms.plain, in: lower) ?? FoldedText.firstOffset(of: forms.colon, in: lower)
            else { continue }
            if pastBytes.contains(where: { lower.count - offset >= $0.count && lower[offset..<(offset + $0.count)].elementsEqual($0) }) { continue }
            if best == nil || offset < best! { best = offset }
        }
        return best.map { sentence.utf8.index(sentence.utf8.startIndex, offsetBy: min($0, sentence.utf8.count)) }
    }

    /// A cue as searched for: " should " and " should: ".
    private static func forms(_ cue: String) -> (plain: [UInt8], colon: [UInt8]) { (Array(" \(cue) ".utf8), Array(" \(cue): ".utf8)) }
    private static let cueForms = Dictionary((cues + modals).map { ($0, forms($0)) }, uniquingKeysWith: { first, _ in first })
    private static let pastBytes = past.map { Array(" \($0)".utf8) }

    /// The bytes with A–Z lower-cased (every cue and abbreviation is ASCII, so nothing else needs folding).
    static func asciiLowercased<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> [UInt8] {
        bytes.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
    }

    /// "We recommend that the CMHT reviews …" → "the CMHT": the words after "recommend(s) that" while they
    /// are articles, capitalised words or acronyms.
    static func recommendedParty(_ sentence: String) -> String? {
        let words = sentence.split(separator: " ").map(String.init)
        guard let index = words.firstIndex(where: { $0.lowercased().hasPrefix("recommend") }), index + 1 < words.count,
              words[index + 1].lowercased() == "that" else { return nil }
        var party: [String] = []
        for word in words[(index + 2)...] {
            let clean = word.trimmingCharacters(in: .punctuationCharacters)
            guard ["the", "all", "each", "our"].contains(clean.lowercased()) || clean.first?.isUppercase == true else { break }
            party.append(clean)
        }
        return party.contains { $0.first?.isUppercase == true } ? party.joined(separator: " ") : nil
    }

    static func addressee(_ sentence: String, before cue: String.Index) -> String? {
        var subject = sentence[..<cue].trimmingCharacters(in: .whitespaces)
        // A clause after ":" or ";" starts afresh, so its subject may be lower-case ("…; staff need to …").
        let clause = subject.lastIndex(where: { $0 == ":" || $0 == ";" })
        if let clause { subject = String(subject[subject.index(after: clause)...]).trimmingCharacters(in: .whitespaces) }
        for lead in ["that ", "therefore ", "in future ", "in future, "] where subject.lowercased().hasPrefix(lead) {
            subject = String(subject.dropFirst(lead.count))
        }
        if let comma = subject.lastIndex(of: ",") { subject = String(subject[subject.index(after: comma)...]).trimmingCharacters(in: .whitespaces) }
        let words = subject.split(separator: " ")
        guard !words.isEmpty, words.count <= 8, let first = words.first?.first, first.isUppercase || first.isNumber || clause != nil else {
            return nil
        }
        if ["We", "I", "It", "This", "There"].contains(String(words[0])) && words.count == 1 { return nil }
        return subject
    }
}

