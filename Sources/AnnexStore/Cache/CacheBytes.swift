import AnnexDomain
import Foundation

/// Writes values of the parse cache: variable-length integers, and strings as numbers into a
/// table of the distinct strings written (a journal repeats its items, people and statements:
/// each is read back once, and the findings share it).
struct CacheWriter {
    private var bytes: [UInt8] = []
    private var table: [String: Int] = [:]
    private var distinct: [String] = []

    /// The table of strings, then everything written.
    func finished() -> [UInt8] {
        var head = CacheWriter()
        head.int(distinct.count)
        for text in distinct {
            var text = text
            text.withUTF8 { utf8 in
                head.int(utf8.count)
                head.bytes.append(contentsOf: utf8)
            }
        }
        return head.bytes + bytes
    }

    mutating func int(_ value: Int) {
        // Zigzag, so small negative numbers stay short too.
        var rest = UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func string(_ value: String) {
        if let index = table[value] { return int(index) }
        table[value] = distinct.count
        int(distinct.count)
        distinct.append(value)
    }

    mutating func strings(_ values: [String]) {
        int(values.count)
        for value in values { string(value) }
    }

    mutating func optional<T>(_ value: T?, _ write: (inout CacheWriter, T) -> Void) {
        bool(value != nil)
        if let value { write(&self, value) }
    }

    mutating func uint64(_ value: UInt64) { int(Int(bitPattern: UInt(value))) }

    mutating func date(_ value: Date) { uint64(value.timeIntervalSinceReferenceDate.bitPattern) }

    mutating func day(_ value: Day?) {
        int(value.map { $0.year * 10_000 + $0.month * 100 + $0.day } ?? 0)
    }

    /// Bytes of another `finished()` writer, with their length.
    mutating func nested(_ other: [UInt8]) {
        int(other.count)
        bytes.append(contentsOf: other)
    }
}

/// Anything in a cache file that does not read as what was written: the cache is ignored.
struct CacheDamaged: Error {}

/// Reads what `CacheWriter` wrote, checking every length against the bytes there are, so a
/// damaged or foreign file fails with `CacheDamaged` instead of reading past its end.
struct CacheReader {
    let bytes: [UInt8]
    private var offset: Int
    private let end: Int
    private var table: [String] = []

    /// Reads what one `CacheWriter.finished()` returned, from `start` to `end` of `bytes`.
    init(_ bytes: [UInt8], from start: Int = 0, to end: Int? = nil) throws {
        self.bytes = bytes
        offset = start
        self.end = end ?? bytes.count
        guard offset >= 0, offset <= self.end, self.end <= bytes.count else { throw CacheDamaged() }
        let count = try count()
        table.reserveCapacity(count)
        for _ in 0..<count {
            let length = try self.count()
            table.append(bytes.withUnsafeBufferPointer { buffer in
                String(decoding: UnsafeBufferPointer(rebasing: buffer[offset..<(offset + length)]), as: UTF8.self)
            })
            offset += length
        }
    }

    var isAtEnd: Bool { offset >= end }

    mutating func int() throws -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < end, shift < 64 else { throw CacheDamaged() }
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: (value >> 1) ^ (0 &- (value & 1))))
    }

    /// A count or a length: never negative, never more than the bytes left.
    mutating func count() throws -> Int {
        let value = try int()
        guard value >= 0, value <= end - offset else { throw CacheDamaged() }
        return value
    }

    mutating func bool() throws -> Bool {
        guard offset < end else { throw CacheDamaged() }
        defer { offset += 1 }
        switch bytes[offset] {
        case 0: return false
        case 1: return true
        default: throw CacheDamaged()
        }
    }

    mutating func string() throws -> String {
        let index = try int()
        guard index >= 0, index < table.count else { throw CacheDamaged() }
        return table[index]
    }

    mutating func strings() throws -> [String] {
        let count = try count()
        var values: [String] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try string()) }
        return values
    }

    mutating func optional<T>(_ read: (inout CacheReader) throws -> T) throws -> T? {
        try bool() ? try read(&self) : nil
    }

    mutating func uint64() throws -> UInt64 { UInt64(UInt(bitPattern: try int())) }

    mutating func date() throws -> Date { Date(timeIntervalSinceReferenceDate: Double(bitPattern: try uint64())) }

    mutating func day() throws -> Day? {
        let packed = try int()
        if packed == 0 { return nil }
        guard let day = Day(year: packed / 10_000, month: packed / 100 % 100, day: packed % 100) else { throw CacheDamaged() }
        return day
    }

    mutating func choice<T: RawRepresentable>(_: T.Type) throws -> T where T.RawValue == String {
        guard let value = T(rawValue: try string()) else { throw CacheDamaged() }
        return value
    }

    /// Where the next `CacheWriter.nested` bytes are, skipping them.
    mutating func nested() throws -> Range<Int> {
        let length = try count()
        defer { offset += length }
        return offset..<(offset + length)
    }
}
