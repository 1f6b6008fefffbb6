// libFuzzer entry point for the readers and the rule loader. Built only by `make fuzz`
// (`-sanitize=fuzzer,address -DFUZZING`); a plain build gets a stub that explains how to fuzz.
import Classification
import Foundation
import Ingestion

/// Which code a fuzzing run exercises, from `REVIEWLENS_FUZZ_TARGET`: docx, wordxml, odt, html, text or rules.
enum FuzzTarget: String {
    case docx, wordxml, odt, html, text, rules

    static let current = FuzzTarget(rawValue: ProcessInfo.processInfo.environment["REVIEWLENS_FUZZ_TARGET"] ?? "") ?? .docx
    static let scratch = URL(fileURLWithPath: "/tmp/reviewlens-fuzz-\(getpid())")

    func run(_ data: Data) {
        switch self {
        case .rules:
            _ = try? RuleLoader().load(sources: [("Rules/fuzz.yaml", String(decoding: data, as: UTF8.self))])
        default:
            let url = Self.scratch.appendingPathExtension(rawValue)
            guard FileManager.default.createFile(atPath: url.path, contents: data) else { return }
            _ = try? Ingestor().read(url) { _ in }
        }
    }
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    FuzzTarget.current.run(Data(bytes: bytes, count: count))
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32) -> Int32

/// SwiftPM links an executable's entry point as `<Target>_main`; hand control to libFuzzer's driver.
@_cdecl("ReviewLensFuzz_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    var count = argc
    var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { bytes, size in
        FuzzTarget.current.run(Data(bytes: bytes, count: size))
        return 0
    }
}
#else
@main
struct FuzzStub {
    static func main() {
        print("This is the fuzzing entry point: run `make fuzz` (libFuzzer), not this binary.")
    }
}
#endif
