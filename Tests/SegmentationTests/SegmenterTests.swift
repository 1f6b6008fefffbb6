import DocumentModel
import Segmentation
import Testing

@Suite("Segmenter")
struct SegmenterTests {
    func block(_ kind: Block.Kind, _ text: String, level: Int = 0, refs: [String] = [], note: String? = nil) -> Block {
        Block(kind: kind, text: text, level: level, noteRefs: refs, noteID: note, location: SourceLocation(part: "t", index: 0))
    }

    @Test func headingsBuildTheSectionPathAndAreNotPassages() {
        var segmenter = Segmenter()
        let blocks = [block(.heading, "Review", level: 1), block(.heading, "Findings", level: 2), block(.paragraph, "A.", refs: ["fn1"]),
                      block(.heading, "Actions", level: 2), block(.listItem, "B.\t\n  more"), block(.footnote, "Note.", note: "fn1")]
        let passages = blocks.flatMap { segmenter.add($0) }
        #expect(passages.map { "\($0.id) \($0.kind.rawValue) \($0.section.joined(separator: " > ")) | \($0.text)" } == [
            "p0001 paragraph Review > Findings | A.",
            "p0002 list-item Review > Actions | B. more",
            "p0003 footnote Review > Findings | Note.",
        ])
    }

    /// Headings are redacted after their whitespace is tidied, so a tab inside a name does not hide it from the
    /// section path; passages are redacted too, and the heading block itself carries the redacted text.
    @Test func redactionCoversHeadingsAsTheSectionPathShowsThem() {
        var segmenter = Segmenter()
        var heading = block(.heading, "Review of Jane\tWilliams's care", level: 1)
        var paragraph = block(.paragraph, "Jane Williams was seen.")
        #expect(segmenter.add(&heading, redactor: Redactor()).isEmpty)
        #expect(heading.text == "Review of [REDACTED:name]'s care")
        let passages = segmenter.add(&paragraph, redactor: Redactor())
        #expect(passages.map(\.section) == [["Review of [REDACTED:name]'s care"]])
        #expect(passages.map(\.text) == ["[REDACTED:name] was seen."])
    }

    @Test func longBlocksAreCutAtSentenceEnds() {
        var segmenter = Segmenter(maxCharacters: 60)
        let text = "The first sentence is here. The second sentence follows it. A third one ends the block."
        let passages = segmenter.add(block(.paragraph, text))
        #expect(passages.map(\.text) == ["The first sentence is here. The second sentence follows it.", "A third one ends the block."])
        #expect(passages.allSatisfy { $0.text.count <= 60 })
    }
}
