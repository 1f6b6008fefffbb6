import Foundation
@testable import Ingestion
import Testing
import TestSupport

/// The styles pruner cuts only subtrees the styles handler never reads, declines what its scan could misread,
/// and leaves every real document's paragraph styles exactly as parsing the stored part gives them.
@Suite("Styles pruner")
struct WordStylesPrunerTests {
    @Test(arguments: [
        // (input, expected output; nil = declined)
        ("<w:style><w:name w:val=\"a\"/><w:rPr><w:b/></w:rPr></w:style>", "<w:style><w:name w:val=\"a\"/></w:style>"),
        ("<a><w:rPr/><w:rPr /><b/></a>", "<a><b/></a>"),
        // Nested same-name element (tracked changes): the outer element is cut whole.
        ("<a><w:rPr><w:rPrChange><w:rPr><w:i/></w:rPr></w:rPrChange></w:rPr>x</a>", "<a>x</a>"),
        // A longer name sharing the prefix is kept; quoted '>' and '<'-free attributes do not end the tag early.
        ("<a><w:rPrChange w:id=\"1\"/><w:tblStylePr w:type=\"a>b\"><w:rPr/></w:tblStylePr></a>", "<a><w:rPrChange w:id=\"1\"/></a>"),
        ("<a><w:latentStyles w:count='3'><w:lsdException w:name='x'/></w:latentStyles><w:docDefaults>d</w:docDefaults></a>", "<a></a>"),
        ("<a><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></a>", "<a><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></a>"),
        // Declined: comments or CDATA could hide tags from a plain scan; an unclosed element cannot be cut.
        ("<a><!-- <w:rPr> --><w:rPr/></a>", nil),
        ("<a><![CDATA[<w:rPr>]]></a>", nil),
        ("<a><w:rPr><w:b/></a>", nil),
    ] as [(String, String?)])
    func prunes(_ input: String, _ expected: String?) {
        let output = WordStylesPruner.prune(Array(input.utf8)).map { String(decoding: $0, as: UTF8.self) }
        #expect(output == expected)
    }

    /// Every DOCX the project or its peers hold: the styles read after pruning equal the styles read from the part as stored.
    @Test func realStylesPartsGiveTheSameStyles() throws {
        var roots = [Fixtures.root.appendingPathComponent("Corpus")]
        if let shared = Fixtures.shared { roots.append(shared.appendingPathComponent("peers")) } else {
            print("../shared is absent: styles pruner checked on Corpus/ only")
        }
        var compared = 0, pruned = 0
        for root in roots {
            for relative in try FileManager.default.subpathsOfDirectory(atPath: root.path).sorted() where relative.hasSuffix(".docx") {
                guard let package = try? ZipPackage(url: root.appendingPathComponent(relative), limits: IngestionLimits()),
                      package.contains("word/styles.xml") else { continue }
                let plain = WordStylesHandler(), cut = WordStylesHandler()
                guard (try? package.parseXML("word/styles.xml", handler: plain)) != nil else { continue }
                var declined = false
                try package.parseXML("word/styles.xml", handler: cut, holdLimit: 16 << 20) { bytes in
                    let result = WordStylesPruner.prune(bytes)
                    declined = result == nil
                    return result
                }
                #expect(cut.result == plain.result, "\(relative): pruned styles differ")
                compared += 1
                if !declined { pruned += 1 }
            }
        }
        #expect(compared >= 5)
        #expect(pruned * 10 >= compared * 9, "the pruner declined too often: \(compared - pruned) of \(compared)")
    }
}
