/// Turns `pdftotext` output (pages separated by form feeds) into running text, one paragraph per line: drops
/// running headers and footers (lines repeated at the top or bottom of most pages, whatever their page number) and
/// bare page numbers ("12", "Page 3 of 20", "- 4 -"), and rejoins the lines of each paragraph — across page breaks
/// too — where a line fills the measure (so was wrapped), whatever punctuation it ends with.
enum PDFTextCleaner {
    /// Lines at each end of a page that may be a running header or footer.
    static let margin = 3
    /// A line at least this share of the measure (the 90th-percentile line length) was wrapped, not ended.
    static let fullLine = 0.85

    static func clean(_ text: String) -> String {
        var pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).map { page in
            page.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingSpaces }.filter { !$0.isEmpty }
        }
        while pages.last?.isEmpty == true { pages.removeLast() }
        let repeated = runningLines(pages)
        var lines: [String] = []
        for page in pages {
            var body = page[...]
            while let first = body.first, isFurniture(first, repeated) { body = body.dropFirst() }
            while let last = body.last, isFurniture(last, repeated) { body = body.dropLast() }
            lines += body
        }
        return paragraphs(lines).joined(separator: "\n\n")
    }

    /// Joins wrapped lines: a line that fills the measure carries on into the next, unless the next starts a list
    /// item or a numbered heading.
    static func paragraphs(_ lines: [String]) -> [String] {
        let lengths = lines.map(\.count).sorted()
        let measure = lengths.isEmpty ? 0 : lengths[min(lengths.count - 1, lengths.count * 9 / 10)]
        var result: [String] = []
        var previousWasFull = false
        for line in lines {
            if previousWasFull, let last = result.last, !startsBlock(line) {
                let hyphenated = last.hasSuffix("-") && last.dropLast().last?.isLetter == true
                result[result.count - 1] = last + (hyphenated ? "" : " ") + line
            } else {
                result.append(line)
            }
            previousWasFull = measure >= 30 && Double(line.count) >= fullLine * Double(measure)
        }
        return result
    }

    /// A bullet ("• ", "- ") or a number with `.` or `)` ("3. ", "2.1 ", "4) ", "(b) ") opens a new block.
    static func startsBlock(_ line: String) -> Bool {
        if let first = line.first, "•-*▪○–·".contains(first), line.dropFirst().first == " " { return true }
        var rest = Substring(line)
        if rest.first == "(" { rest = rest.dropFirst() }
        let digits = rest.prefix { $0.isNumber || $0 == "." }
        if let first = digits.first, first.isNumber {
            let after = rest.dropFirst(digits.count)
            return (digits.contains(".") || after.first == ")") && (after.first == " " || after.dropFirst().first == " ")
        }
        return rest.count > 2 && rest.first!.isLetter && rest.dropFirst().first == ")" && rest.dropFirst(2).first == " "
    }

    /// Lines (digits folded) found within the margins of at least half the pages, when there are two or more.
    static func runningLines(_ pages: [[String]]) -> Set<String> {
        guard pages.count >= 2 else { return [] }
        var counts: [String: Int] = [:]
        for page in pages {
            for key in Set((page.prefix(margin) + page.suffix(margin)).map(key)) { counts[key, default: 0] += 1 }
        }
        let needed = max(2, (pages.count + 1) / 2)
        return Set(counts.filter { $0.value >= needed }.keys)
    }

    static func isFurniture(_ line: String, _ repeated: Set<String>) -> Bool {
        repeated.contains(key(line)) || isPageNumber(line)
    }

    /// "12", "Page 3", "Page 3 of 20", "3 of 20", "3/20", "- 4 -", "Page | 5".
    static func isPageNumber(_ line: String) -> Bool {
        var words = line.lowercased().split { " -–—|/".contains($0) }.map(String.init)
        if words.first == "page" { words.removeFirst() }
        if words.count == 3, words[1] == "of" { words.remove(at: 1) }
        return (1...2).contains(words.count) && words.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
    }

    /// The line lower-cased with every run of digits as `#`, so "Page 3 of 20" and "Page 4 of 20" match.
    static func key(_ line: String) -> String {
        var result = ""
        var inDigits = false
        for character in line.lowercased() {
            if character.isNumber {
                if !inDigits { result.append("#") }
                inDigits = true
            } else {
                result.append(character)
                inDigits = false
            }
        }
        return result
    }
}
