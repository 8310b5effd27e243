/// A fast path for reading journal lines: the exact shape `JournalCodec.encode` writes, parsed
/// straight from bytes into the codec's structs. Anything it is not sure about (an unknown or
/// repeated key, a null where none belongs, a number that is not a plain integer, bad UTF-8)
/// makes it give up and return nil; the caller then uses JSONDecoder, which gives the same
/// result or the precise error. On 100,000 findings this is most of the cost of opening.
struct JournalLineParser {
    private let bytes: ArraySlice<UInt8>
    private var index: Int

    static func parse(_ bytes: ArraySlice<UInt8>) -> JournalCodec.Line? {
        var parser = JournalLineParser(bytes: bytes, index: bytes.startIndex)
        parser.skipSpace()
        guard let line = parser.line() else { return nil }
        parser.skipSpace()
        return parser.index == bytes.endIndex ? line : nil
    }

    // MARK: The three objects

    private mutating func line() -> JournalCodec.Line? {
        var v: Int?, event: String?, at: String?, by: String?
        var finding: JournalCodec.FindingFields?, id: String?, reason: String?, item: String?, state: String?, seconds: Int?
        let complete = object { key, parser in
            switch key {
            case "v": v = parser.integer(); return v != nil
            case "event": event = parser.string(); return event != nil
            case "at": at = parser.string(); return at != nil
            case "by": by = parser.string(); return by != nil
            case "finding": return parser.optional { finding = $0.findingFields(); return finding != nil }
            case "id": return parser.optional { id = $0.string(); return id != nil }
            case "reason": return parser.optional { reason = $0.string(); return reason != nil }
            case "item": return parser.optional { item = $0.string(); return item != nil }
            case "state": return parser.optional { state = $0.string(); return state != nil }
            case "seconds": return parser.optional { seconds = $0.integer(); return seconds != nil }
            default: return false
            }
        }
        guard complete, let v, let event, let at, let by else { return nil }
        return JournalCodec.Line(v: v, event: event, at: at, by: by, finding: finding, id: id, reason: reason, item: item, state: state, seconds: seconds)
    }

    private mutating func findingFields() -> JournalCodec.FindingFields? {
        var id: String?, item: String?, classification: String?, statement: String?, evidence: String?
        var interviewee: String?, role: String?, method: String?, sample: JournalCodec.SampleFields?
        let complete = object { key, parser in
            switch key {
            case "id": id = parser.string(); return id != nil
            case "item": item = parser.string(); return item != nil
            case "classification": classification = parser.string(); return classification != nil
            case "statement": statement = parser.string(); return statement != nil
            case "evidence": evidence = parser.string(); return evidence != nil
            case "interviewee": interviewee = parser.string(); return interviewee != nil
            case "role": role = parser.string(); return role != nil
            case "method": method = parser.string(); return method != nil
            case "sample": return parser.optional { sample = $0.sampleFields(); return sample != nil }
            default: return false
            }
        }
        guard complete, let id, let item, let classification, let statement, let evidence, let interviewee, let role, let method else { return nil }
        return JournalCodec.FindingFields(
            id: id, item: item, classification: classification, statement: statement, evidence: evidence,
            interviewee: interviewee, role: role, method: method, sample: sample
        )
    }

    private mutating func sampleFields() -> JournalCodec.SampleFields? {
        var population: String?, populationSize: Int?, size: Int?, method: String?, seed: String?, items: [String]?
        let complete = object { key, parser in
            switch key {
            case "population": population = parser.string(); return population != nil
            case "populationSize": populationSize = parser.integer(); return populationSize != nil
            case "size": size = parser.integer(); return size != nil
            case "method": method = parser.string(); return method != nil
            case "seed": return parser.optional { seed = $0.string(); return seed != nil }
            case "items": items = parser.strings(); return items != nil
            default: return false
            }
        }
        guard complete, let population, let populationSize, let size, let method, let items else { return nil }
        return JournalCodec.SampleFields(population: population, populationSize: populationSize, size: size, method: method, seed: seed, items: items)
    }

    // MARK: JSON pieces

    /// `{ "key": value, … }`, handing each key to `member`, which reads the value. Fails on a
    /// repeated key: JSONDecoder's choice between the two is not ours to guess.
    private mutating func object(_ member: (String, inout JournalLineParser) -> Bool) -> Bool {
        guard take(UInt8(ascii: "{")) else { return false }
        // At most a dozen keys: a list beats hashing, and keys are short enough to be stored
        // inline in the String, without an allocation.
        var seen: [String] = []
        skipSpace()
        if take(UInt8(ascii: "}")) { return true }
        while true {
            skipSpace()
            guard let key = string(), !seen.contains(key) else { return false }
            seen.append(key)
            skipSpace()
            guard take(UInt8(ascii: ":")) else { return false }
            skipSpace()
            guard member(key, &self) else { return false }
            skipSpace()
            if take(UInt8(ascii: ",")) { continue }
            return take(UInt8(ascii: "}"))
        }
    }

    /// `null`, or whatever `value` reads.
    private mutating func optional(_ value: (inout JournalLineParser) -> Bool) -> Bool {
        if literal("null") { return true }
        return value(&self)
    }

    private mutating func strings() -> [String]? {
        guard take(UInt8(ascii: "[")) else { return nil }
        var result: [String] = []
        skipSpace()
        if take(UInt8(ascii: "]")) { return result }
        while true {
            skipSpace()
            guard let element = string() else { return nil }
            result.append(element)
            skipSpace()
            if take(UInt8(ascii: ",")) { continue }
            return take(UInt8(ascii: "]")) ? result : nil
        }
    }

    /// A plain integer: optional minus, digits, no fraction or exponent.
    private mutating func integer() -> Int? {
        let negative = take(UInt8(ascii: "-"))
        var value = 0
        var digits = 0
        while index < bytes.endIndex, bytes[index] >= 48, bytes[index] <= 57 {
            let (times, overflowTimes) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowSum) = times.addingReportingOverflow(Int(bytes[index] - 48))
            guard !overflowTimes, !overflowSum else { return nil }
            value = sum
            digits += 1
            index += 1
        }
        guard digits > 0, index == bytes.endIndex || !Self.continuesNumber(bytes[index]) else { return nil }
        return negative ? -value : value
    }

    private static func continuesNumber(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
    }

    /// A JSON string with its escapes; nil on raw control characters or invalid UTF-8.
    private mutating func string() -> String? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        // Most strings have no escape: made straight from the bytes between the quotes.
        let start = index
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return String(validating: bytes[start..<(index - 1)], as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { return nil }
            index += 1
        }
        var utf8 = Array(bytes[start..<index])
        while index < bytes.endIndex {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(validating: utf8, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard index < bytes.endIndex else { return nil }
                let escaped = bytes[index]
                index += 1
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escaped)
                case UInt8(ascii: "b"): utf8.append(0x08)
                case UInt8(ascii: "f"): utf8.append(0x0C)
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "t"): utf8.append(0x09)
                case UInt8(ascii: "u"):
                    guard let scalar = unicodeEscape() else { return nil }
                    utf8.append(contentsOf: String(Character(scalar)).utf8)
                default: return nil
                }
            case 0..<0x20:
                return nil
            default:
                utf8.append(byte)
            }
        }
        return nil
    }

    /// The four hex digits after `\u`, joined with a following low surrogate when needed.
    private mutating func unicodeEscape() -> Unicode.Scalar? {
        guard let high = hex4() else { return nil }
        if (0xD800...0xDBFF).contains(high) {
            guard take(UInt8(ascii: "\\")), take(UInt8(ascii: "u")), let low = hex4(), (0xDC00...0xDFFF).contains(low) else { return nil }
            return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
        }
        return Unicode.Scalar(high)
    }

    private mutating func hex4() -> UInt32? {
        guard bytes.endIndex - index >= 4 else { return nil }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            index += 1
            let digit: UInt32
            switch byte {
            case 48...57: digit = UInt32(byte - 48)
            case 65...70: digit = UInt32(byte - 55)
            case 97...102: digit = UInt32(byte - 87)
            default: return nil
            }
            value = value << 4 | digit
        }
        return value
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard bytes.endIndex - index >= count else { return false }
        let matches = word.withUTF8Buffer { expected in
            expected.indices.allSatisfy { bytes[index + $0] == expected[$0] }
        }
        if matches { index += count }
        return matches
    }

    private mutating func take(_ byte: UInt8) -> Bool {
        guard index < bytes.endIndex, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    private mutating func skipSpace() {
        while index < bytes.endIndex, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A || bytes[index] == 0x0D {
            index += 1
        }
    }
}
