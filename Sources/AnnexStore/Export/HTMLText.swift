import Foundation

/// Text escaped for HTML element content and quoted attribute values.
enum HTMLText {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\r\n", "\r": out += "\n"
            case "\n", "\t": out.append(character)
            default:
                // Control characters are not allowed in HTML; they would only garble the page.
                if !character.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .control }) { out.append(character) }
            }
        }
        return out
    }
}
