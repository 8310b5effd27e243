import Foundation

/// Text escaped for XML content and attribute values. XML 1.0 cannot carry most control
/// characters at all, even escaped: they are shown as `^[`-style visible escapes instead of
/// making a file no spreadsheet opens.
enum XMLText {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            case "\r": break
            default:
                if scalar.value < 0x20 {
                    out += "^" + String(UnicodeScalar(UInt8(scalar.value + 0x40)))
                } else if scalar.value == 0x7F || (0xFFFE...0xFFFF).contains(scalar.value) {
                    out += "<U+\(String(scalar.value, radix: 16, uppercase: true))>"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
