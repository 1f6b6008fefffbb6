import DocumentModel
import Foundation
@testable import Ingestion
import Testing
import TestSupport

func write(_ text: String, _ name: String) throws -> URL {
    let url = Fixtures.temporaryDirectory().appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url
}

@Suite("Word XML, ODT, HTML and text readers")
struct OtherFormatsTests {
    @Test func flatOPCReadsStylesThatComeAfterTheBody() throws {
        let xml = """
        <?xml version="1.0"?><?mso-application progid="Word.Document"?>
        <pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">
        <pkg:part pkg:name="/word/document.xml"><pkg:xmlData><w:document xmlns:w="\(DOCXFixture.wordNamespace)"><w:body>
        <w:p><w:pPr><w:pStyle w:val="H1"/></w:pPr><w:r><w:t>Findings</w:t></w:r></w:p>
        <w:p><w:r><w:t>The family were not consulted.</w:t></w:r><w:r><w:footnoteReference w:id="2"/></w:r></w:p>
        </w:body></w:document></pkg:xmlData></pkg:part>
        <pkg:part pkg:name="/word/header1.xml"><pkg:xmlData><w:hdr xmlns:w="\(DOCXFixture.wordNamespace)"><w:p><w:r><w:t>OFFICIAL</w:t></w:r></w:p></w:hdr></pkg:xmlData></pkg:part>
        <pkg:part pkg:name="/word/footnotes.xml"><pkg:xmlData><w:footnotes xmlns:w="\(DOCXFixture.wordNamespace)">
        <w:footnote w:id="2"><w:p><w:r><w:t>Interview notes.</w:t></w:r></w:p></w:footnote></w:footnotes></pkg:xmlData></pkg:part>
        <pkg:part pkg:name="/word/styles.xml"><pkg:xmlData><w:styles xmlns:w="\(DOCXFixture.wordNamespace)">
        <w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/></w:style></w:styles></pkg:xmlData></pkg:part>
        </pkg:package>
        """
        let document = try Ingestor().document(at: try write(xml, "flat.xml"))
        #expect(document.format == .flatOPC)
        #expect(render(document.blocks) == "heading 1 | Findings\nparagraph | The family were not consulted. [fn2]\nfootnote fn2 | Interview notes.")
    }

    @Test func word2003ReadsInlineFootnotesAndListMarkers() throws {
        let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint" xmlns:o="urn:schemas-microsoft-com:office:office">
        <o:DocumentProperties><o:Title>Thematic review</o:Title><o:Author>Quality Team</o:Author></o:DocumentProperties>
        <w:styles><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style></w:styles>
        <w:body><wx:sect>
        <w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>Pathway clarity</w:t></w:r></w:p>
        <w:p><w:pPr><w:listPr><w:ilvl w:val="0"/><w:ilfo w:val="1"/><wx:t wx:val="1."/></w:listPr></w:pPr><w:r><w:t>No care coordinator was allocated.</w:t></w:r>\
        <w:r><w:footnote><w:p><w:r><w:t>CPA policy s.4.</w:t></w:r></w:p></w:footnote></w:r></w:p>
        <w:p><w:r><w:t>Closing remarks.</w:t></w:r></w:p>
        </wx:sect></w:body></w:wordDocument>
        """
        let document = try Ingestor().document(at: try write(xml, "review.doc"))
        #expect(document.format == .word2003)
        #expect(document.properties.title == "Thematic review")
        #expect(render(document.blocks) == """
        heading 2 | Pathway clarity
        list-item 0 1. | No care coordinator was allocated. [fn1]
        footnote fn1 | CPA policy s.4.
        paragraph | Closing remarks.
        """)
    }

    @Test func odtReadsHeadingsListsTablesAndNotes() throws {
        let content = """
        <?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0">\
        <office:body><office:text><text:h text:outline-level="2">Working with other agencies</text:h>\
        <text:p>There was no joint work<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>\
        <text:note-body><text:p>Panel minutes.</text:p></text:note-body></text:note> with the substance misuse service.</text:p>\
        <text:list><text:list-item><text:p>Share<text:s/>information</text:p></text:list-item></text:list>\
        <table:table><table:table-row><table:table-cell><text:p>Owner</text:p></table:table-cell></table:table-row></table:table>\
        <text:tracked-changes><text:changed-region><text:deletion><text:p>old text</text:p></text:deletion></text:changed-region></text:tracked-changes>\
        </office:text></office:body></office:document-content>
        """
        let url = Fixtures.temporaryDirectory().appendingPathComponent("review.odt")
        try Fixtures.zip([("mimetype", Data("application/vnd.oasis.opendocument.text".utf8)), ("content.xml", Data(content.utf8)),
                          ("META-INF/manifest.xml", Data("<manifest/>".utf8))], to: url)
        let document = try Ingestor().document(at: url)
        #expect(document.format == .odt)
        #expect(render(document.blocks) == """
        heading 2 | Working with other agencies
        paragraph | There was no joint work with the substance misuse service. [fn1]
        footnote fn1 | Panel minutes.
        list-item 0 • | Share information
        table-cell 0,0 | Owner
        """)
    }

    @Test func htmlSkipsScriptStyleAndNavigation() throws {
        let html = """
        <!DOCTYPE html><html><head><title>Bulletin</title><style>p{color:red}</style><script>var x = "hidden";</script></head>
        <body><nav><a href="/">Home</a></nav><h1>Shared learning</h1><p>The referral was <b>not</b> acknowledged.</p>
        <ul><li>First point</li><li>Second point</li></ul><table><tr><td>A</td><td>B</td></tr></table></body></html>
        """
        let document = try Ingestor().document(at: try write(html, "page.html"))
        #expect(document.properties.title == "Bulletin")
        #expect(render(document.blocks) == """
        heading 1 | Shared learning
        paragraph | The referral was not acknowledged.
        list-item 0 • | First point
        list-item 0 • | Second point
        table-cell 0,0 | A
        table-cell 0,1 | B
        """)
    }

    @Test func plainTextRecognisesHeadingsAndLists() throws {
        let text = """
        LEARNING REVIEW

        1. Trauma-informed care
        There was no routine enquiry about childhood trauma in any of the
        assessments the panel read.
        Critical learning points

        Background
        ----------
        - first bullet
        2.1 Pathway clarity
        a) lettered item
        # Markdown heading
        """
        let document = try Ingestor().document(at: try write(text, "review.txt"))
        #expect(render(document.blocks) == """
        heading 1 | LEARNING REVIEW
        heading 1 | Trauma-informed care
        paragraph | There was no routine enquiry about childhood trauma in any of the assessments the panel read.
        heading 1 | Critical learning points
        heading 2 | Background
        list-item 0 • | first bullet
        heading 2 | Pathway clarity
        list-item 0 a) | lettered item
        heading 1 | Markdown heading
        """)
    }

    @Test(arguments: [
        ("orphan close, as when the bracket opened on a lost line", " Description automatically generated]Shared learning bulletin", "Shared learning bulletin"),
        ("whole bracket mid-line", "Our logo [A picture containing text Description automatically generated] Learning from reviews", "Our logo Learning from reviews"),
        ("with a confidence note", "[Diagram Description automatically generated with medium confidence]", nil),
        ("ordinary brackets stay", "The review [Appendix B] was automatically generated by the system.", "The review [Appendix B] was automatically generated by the system."),
        ("a closed bracket before an orphan close stays", "The review found [1] gaps. Chart, bar chart Description automatically generated] Staff said so.", "The review found [1] gaps. Staff said so."),
    ] as [(String, String, String?)])
    func wordImageDescriptionsAreDroppedFromText(_ name: String, _ line: String, _ expected: String?) throws {
        let document = try Ingestor().document(at: try write(line + "\n", "export.txt"))
        #expect(document.blocks.first?.text == expected, "\(name)")
    }

    @Test(arguments: [
        ("UTF-16LE without BOM", Data("Care plan reviewed.\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }), "Care plan reviewed.", true),
        ("UTF-16BE with BOM", Data([0xFE, 0xFF] + "Care plan reviewed.\n".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }), "Care plan reviewed.", false),
        ("UTF-8 with BOM", Data([0xEF, 0xBB, 0xBF] + Array("Care plan reviewed.\n".utf8)), "Care plan reviewed.", false),
        ("Windows-1252", Data(Array("Mr A\u{2019}s care".utf8).prefix(4) + [0x92] + Array("s care plan".utf8)), "Mr A\u{2019}s care plan", true),
    ])
    func textEncodings(_ name: String, _ bytes: Data, _ expected: String, _ warns: Bool) throws {
        let url = Fixtures.temporaryDirectory().appendingPathComponent("enc.txt")
        try bytes.write(to: url)
        let document = try Ingestor().document(at: url)
        #expect(document.blocks.map(\.text) == [expected], "\(name)")
        #expect(!document.warnings.isEmpty == warns, "\(name)")
    }
}
