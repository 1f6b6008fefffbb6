import Foundation
import DocumentModel

/// Reads title, author, created and modified from `docProps/core.xml`, ODF `meta.xml`, Word 2003
/// `o:DocumentProperties`, or an HTML `<title>`.
final class PropertiesHandler: XMLEventHandler {
    private(set) var properties = DocumentProperties()
    private var field: WritableKeyPath<DocumentProperties, String?>?
    private var buffer: [UInt8] = []

    func startElement(_ element: XMLElementEvent) throws {
        field = Self.field(element.name, element.namespace)
        buffer.removeAll(keepingCapacity: true)
    }

    func endElement(_ name: String, _ namespace: XMLNamespace) throws {
        guard let field, Self.field(name, namespace) == field else { return }
        let value = String(decoding: buffer, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if !value.isEmpty, properties[keyPath: field] == nil { properties[keyPath: field] = value }
        self.field = nil
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        if field != nil, buffer.count < 4096 { buffer.append(contentsOf: bytes) }
    }

    private static func field(_ name: String, _ namespace: XMLNamespace) -> WritableKeyPath<DocumentProperties, String?>? {
        switch (namespace, name) {
        case (.dublinCore, "title"), (.office2003, "Title"), (.html, "title"): return \.title
        case (.extendedProperties, "Company"), (.office2003, "Company"): return \.organisation
        case (.dublinCore, "creator"), (.office2003, "Author"), (.odfMeta, "initial-creator"): return \.author
        case (.dublinCoreTerms, "created"), (.office2003, "Created"), (.odfMeta, "creation-date"): return \.created
        case (.dublinCoreTerms, "modified"), (.office2003, "LastSaved"), (.dublinCore, "date"): return \.modified
        default: return nil
        }
    }
}

