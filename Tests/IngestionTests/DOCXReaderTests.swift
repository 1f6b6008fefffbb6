import DocumentModel
import Foundation
@testable import Ingestion
import Testing
import TestSupport

/// One line per block: `kind[level][marker] | text [refs]`, so one expected string checks structure and text.
func render(_ blocks: [Block]) -> String {
    blocks.map { block in
        var head = block.kind.rawValue
        switch block.kind {
        case .heading: head += " \(block.level)"
        case .listItem: head += " \(block.level) \(block.marker)"
        case .tableCell: head += " \(block.row ?? -1),\(block.column ?? -1)"
        case .footnote, .endnote, .comment: head += " \(block.noteID ?? "?")"
        default: break
        }
        let refs = block.noteRefs.isEmpty ? "" : " [" + block.noteRefs.joined(separator: ",") + "]"
        return "\(head) | \(block.text)\(refs)"
    }.joined(separator: "\n")
}

func p(_ text: String, style: String? = nil) -> String {
    let props = style.map { "<w:pPr><w:pStyle w:val=\"\($0)\"/></w:pPr>" } ?? ""
    return "<w:p>\(props)<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
}

struct DOCXCase: CustomTestStringConvertible, Sendable {
    var name: String
    var fixture: DOCXFixture
    var expected: String
    var testDescription: String { name }
}

let headingStyles = """
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="TrustHeading"><w:name w:val="Trust Heading"/><w:basedOn w:val="Heading2"/></w:style>
<w:style w:type="paragraph" w:styleId="Outline3"><w:name w:val="Outline Three"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/></w:style>
"""

let numberingXML = """
<w:abstractNum w:abstractNumId="0">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
  <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\u{F0B7}"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
"""

func listItem(_ text: String, num: Int, level: Int) -> String {
    "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(num)\"/></w:numPr></w:pPr><w:r><w:t>\(text)</w:t></w:r></w:p>"
}

let docxCases: [DOCXCase] = [
    DOCXCase(name: "headings from style names, basedOn chains and outlineLvl", fixture: DOCXFixture(
        body: p("Review", style: "Heading1") + p("Findings", style: "TrustHeading") + p("Detail", style: "Outline3")
            + "<w:p><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr><w:r><w:t>Direct outline</w:t></w:r></w:p>" + p("Body text."),
        styles: headingStyles),
        expected: "heading 1 | Review\nheading 2 | Findings\nheading 3 | Detail\nheading 2 | Direct outline\nparagraph | Body text."),
    DOCXCase(name: "numbered and bulleted lists render their markers", fixture: DOCXFixture(
        body: listItem("First", num: 1, level: 0) + listItem("Sub a", num: 1, level: 1) + listItem("Sub b", num: 1, level: 1)
            + listItem("Second", num: 1, level: 0) + listItem("Sub again", num: 1, level: 1) + listItem("Dot", num: 2, level: 0)
            + p("Styled bullet", style: "ListBullet"),
        styles: headingStyles, numbering: numberingXML),
        expected: """
        list-item 0 1. | First
        list-item 1 a) | Sub a
        list-item 1 b) | Sub b
        list-item 0 2. | Second
        list-item 1 a) | Sub again
        list-item 0 • | Dot
        list-item 0 • | Styled bullet
        """),
    DOCXCase(name: "table cells keep row and column; a cell's paragraphs join", fixture: DOCXFixture(body: """
        <w:tbl><w:tr><w:tc>\(p("Action"))</w:tc><w:tc>\(p("Owner"))</w:tc></w:tr>
        <w:tr><w:tc>\(p("Audit care plans"))\(p("quarterly"))</w:tc><w:tc>\(p("Director"))</w:tc></w:tr></w:tbl>\(p("After."))
        """),
        expected: "table-cell 0,0 | Action\ntable-cell 0,1 | Owner\ntable-cell 1,0 | Audit care plans\nquarterly\ntable-cell 1,1 | Director\nparagraph | After."),
    DOCXCase(name: "footnotes are linked to where they are referenced", fixture: DOCXFixture(
        body: "<w:p><w:r><w:t>See the policy.</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>",
        footnotes: """
        <w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
        <w:footnote w:id="1"><w:p><w:r><w:t>Safeguarding Adults Policy, 2023.</w:t></w:r></w:p></w:footnote>
        """),
        expected: "paragraph | See the policy. [fn1]\nfootnote fn1 | Safeguarding Adults Policy, 2023."),
    DOCXCase(name: "comments are kept as comment blocks", fixture: DOCXFixture(
        body: "<w:p><w:commentRangeStart w:id=\"0\"/><w:r><w:t>The plan was vague.</w:t></w:r><w:r><w:commentReference w:id=\"0\"/></w:r></w:p>",
        comments: "<w:comment w:id=\"0\" w:author=\"Reviewer\"><w:p><w:r><w:t>Check with the ward.</w:t></w:r></w:p></w:comment>"),
        expected: "paragraph | The plan was vague. [cm0]\ncomment cm0 | Check with the ward."),
    DOCXCase(name: "tracked changes: insertions kept, deletions and moved-from text dropped", fixture: DOCXFixture(body: """
        <w:p><w:r><w:t xml:space="preserve">The referral was </w:t></w:r><w:del w:id="1" w:author="A"><w:r><w:delText>accepted</w:delText></w:r></w:del>\
        <w:ins w:id="2" w:author="A"><w:r><w:t>rejected</w:t></w:r></w:ins><w:moveFrom w:id="3" w:author="A"><w:r><w:t> twice</w:t></w:r></w:moveFrom>\
        <w:r><w:t>.</w:t></w:r></w:p>
        """),
        expected: "paragraph | The referral was rejected."),
    DOCXCase(name: "alternate content is read once; text boxes become text-box blocks", fixture: DOCXFixture(body: """
        <w:p><w:r><w:t>Main text.</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>\
        <w:txbxContent><w:p><w:r><w:t>Box text</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice>\
        <mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>Box text</w:t></w:r></w:p></w:txbxContent></v:textbox></w:pict></mc:Fallback>\
        </mc:AlternateContent></w:r></w:p>
        """),
        expected: "text-box | Box text\nparagraph | Main text."),
    DOCXCase(name: "hyperlinks keep their text; fields show their result, not their instruction", fixture: DOCXFixture(body: """
        <w:p><w:hyperlink r:id="rId9"><w:r><w:t>NICE guidance</w:t></w:r></w:hyperlink><w:r><w:t xml:space="preserve"> page </w:t></w:r>\
        <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE \\* MERGEFORMAT </w:instrText></w:r>\
        <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>\
        <w:fldSimple w:instr=" DATE "><w:r><w:t xml:space="preserve"> 1 May 2024</w:t></w:r></w:fldSimple></w:p>
        """),
        expected: "paragraph | NICE guidance page 7 1 May 2024"),
    DOCXCase(name: "content controls, symbols, tabs, breaks and math text", fixture: DOCXFixture(body: """
        <w:sdt><w:sdtPr><w:alias w:val="Name"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Adult D</w:t></w:r></w:p></w:sdtContent></w:sdt>\
        <w:p><w:r><w:t>Tick</w:t><w:sym w:font="Wingdings" w:char="F0FC"/><w:tab/><w:t>next</w:t><w:br/><w:t>line</w:t></w:r></w:p>\
        <w:p><m:oMath><m:r><m:t>x=1</m:t></m:r></m:oMath></w:p>
        """),
        expected: "paragraph | Adult D\nparagraph | Tick\u{FC}\tnext\nline\nparagraph | x=1"),
]

@Suite("DOCX reader")
struct DOCXReaderTests {
    @Test(arguments: docxCases)
    func extractsElementKind(_ testCase: DOCXCase) throws {
        let url = Fixtures.temporaryDirectory().appendingPathComponent("case.docx")
        try testCase.fixture.write(to: url)
        let document = try Ingestor().document(at: url)
        #expect(document.format == .docx)
        #expect(render(document.blocks) == testCase.expected)
    }

    @Test func readsCoreProperties() throws {
        let url = Fixtures.temporaryDirectory().appendingPathComponent("props.docx")
        try DOCXFixture(body: p("Text."), core: """
            <dc:title>Learning review: Ward 7</dc:title><dc:creator>Patient Safety Team</dc:creator>\
            <dcterms:created>2024-03-01T09:00:00Z</dcterms:created><dcterms:modified>2024-04-02T10:00:00Z</dcterms:modified>
            """).write(to: url)
        let properties = try Ingestor().document(at: url).properties
        #expect(properties == DocumentProperties(title: "Learning review: Ward 7", author: "Patient Safety Team",
                                                 created: "2024-03-01T09:00:00Z", modified: "2024-04-02T10:00:00Z"))
    }

    /// Styles are remembered by the part's CRC-32 and sizes: a second document from the same template reads the same,
    /// and a document whose styles part differs (same style id, another name) gets its own styles, not the first one's.
    @Test func stylesAreSharedOnlyBetweenIdenticalStylesParts() throws {
        let folder = Fixtures.temporaryDirectory()
        let body = p("Findings", style: "S1") + p("The referral was rejected.")
        func write(_ name: String, styleName: String) throws -> URL {
            let url = folder.appendingPathComponent(name)
            try DOCXFixture(body: body, styles: "<w:style w:type=\"paragraph\" w:styleId=\"S1\"><w:name w:val=\"\(styleName)\"/></w:style>")
                .write(to: url)
            return url
        }
        let heading = "heading 2 | Findings\nparagraph | The referral was rejected."
        let plain = "paragraph | Findings\nparagraph | The referral was rejected."
        let first = try write("a.docx", styleName: "heading 2"), again = try write("b.docx", styleName: "heading 2")
        let other = try write("c.docx", styleName: "body text")
        #expect(render(try Ingestor().document(at: first).blocks) == heading)
        // The second document's styles part is the first's (same CRC and sizes): its styles are already remembered.
        let againKey = try #require(try ZipPackage(url: again, limits: IngestionLimits()).identity("word/styles.xml"))
        #expect(WordStylesCache.shared.styles(for: againKey)?.styles["S1"]?.name == "heading 2")
        #expect(render(try Ingestor().document(at: again).blocks) == heading)
        #expect(render(try Ingestor().document(at: other).blocks) == plain)
        #expect(render(try Ingestor().document(at: first).blocks) == heading)
    }

    /// A damaged copy of a template's styles part (same CRC and sizes in the central directory, other bytes) fails
    /// even when an intact document with that part was read first and its styles are remembered.
    @Test func aDamagedStylesPartFailsEvenWhenItsStylesAreRemembered() throws {
        let folder = Fixtures.temporaryDirectory()
        let intact = folder.appendingPathComponent("intact.docx"), damaged = folder.appendingPathComponent("damaged.docx")
        let styles = (1...40).map { "<w:style w:type=\"paragraph\" w:styleId=\"S\($0)\"><w:name w:val=\"style \($0)\"/></w:style>" }.joined()
        try DOCXFixture(body: p("Findings", style: "S1"), styles: styles).write(to: intact)
        var bytes = try [UInt8](Data(contentsOf: intact))
        // The local header of word/styles.xml: flip a byte in the middle of its compressed data.
        let name = Array("word/styles.xml".utf8)
        func isStylesHeader(_ i: Int) -> Bool {
            let signature: [UInt8] = [0x50, 0x4B, 3, 4]
            guard Array(bytes[i..<(i + 4)]) == signature else { return false }
            return Array(bytes[(i + 30)..<(i + 30 + name.count)]) == name
        }
        let header = try #require((0..<(bytes.count - 30 - name.count)).first(where: isStylesHeader))
        let nameLength = Int(bytes[header + 26]) | Int(bytes[header + 27]) << 8
        let extraLength = Int(bytes[header + 28]) | Int(bytes[header + 29]) << 8
        let compressed = Int(bytes[header + 18]) | Int(bytes[header + 19]) << 8 | Int(bytes[header + 20]) << 16
        bytes[header + 30 + nameLength + extraLength + compressed / 2] ^= 0x55
        try Data(bytes).write(to: damaged)
        _ = try Ingestor().document(at: intact)
        #expect(throws: IngestionError.self) { try Ingestor().document(at: damaged) }
    }

    @Test func blocksKeepTheirPartAndPosition() throws {
        let url = Fixtures.temporaryDirectory().appendingPathComponent("review.docx")
        try DOCXFixture(body: p("One.") + p("Two.")).write(to: url)
        let blocks = try Ingestor().document(at: url).blocks
        #expect(blocks.map(\.location.description) == ["review.docx!word/document.xml#0", "review.docx!word/document.xml#1"])
    }
}
