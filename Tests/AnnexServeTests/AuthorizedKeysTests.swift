import AnnexServe
import XCTest

/// The `authorized_keys` file of `annex serve`: OpenSSH's format, the person named by
/// `annex-user="ID"` or the key's comment, and every line it cannot use named by its number.
final class AuthorizedKeysTests: XCTestCase {
    // Public keys made with ssh-keygen; their fingerprints as `ssh-keygen -l` printed them.
    static let ed25519 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDGyG/F34+DqG8bbEAjVdmwBdaeCW6fWSTcMfdgcb+6Y"
    static let ed25519Fingerprint = "SHA256:Ct/dk09KorU1jKerirh3C78v2FGitvM7H8B9D5pJOrk"
    static let ecdsa = "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBJgTAX+qjObppYbz0g6V2nGGkipRlwryr2ZlEua3UsfxAQh0vfogfv3fGFqg4QV0ZLv67rNQLs2s6gJXfHUQo6w="
    static let ecdsaFingerprint = "SHA256:WpPYIGC1m1KPR6X9tfqM+LhNwBS9y2qfJb5ms1aTbuc"
    static let rsa = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQDMDj2Wk34r7SUeq01Pxb68bGIrWYbMPAOpB7SGfugFaYVE9hr7o8VwygJQE8ZSampBfLpjxmOlqM5lt9i7vwH8kTrrYXMaV1Pq/BnZydcJas09ooeaLu36Notrf17fDzibr5E6I+vGIITV500KDxqyT9kBJ4Zqivkkxz0gacXMfQ=="

    func testPeopleComeFromTheAnnexUserOptionElseTheComment() throws {
        let text = """
        # consultants
        \(Self.ed25519) jweiss

        annex-user="adonnelly",restrict \(Self.ecdsa) aoife@laptop
        """
        let keys = try AuthorizedKeys.parse(text, path: "keys")
        XCTAssertEqual(keys.map(\.person), ["jweiss", "adonnelly"])
        XCTAssertEqual(keys.map(\.line), [2, 4])
        XCTAssertEqual(keys.map(\.fingerprint), [Self.ed25519Fingerprint, Self.ecdsaFingerprint], "as ssh-keygen -l prints them")
    }

    func testOptionValuesMayHoldCommasBlanksAndEscapedQuotes() throws {
        let keys = try AuthorizedKeys.parse("no-agent-forwarding,annex-user=\"j-weiss\",no-port-forwarding \(Self.ed25519) a comment with blanks", path: "k")
        XCTAssertEqual(keys.first?.person, "j-weiss", "the option wins over the comment")
        // The value is read to its closing quote, past a comma, a blank and an escaped quote.
        XCTAssertThrowsError(try AuthorizedKeys.parse("annex-user=\"a, \\\"b\" \(Self.ed25519)", path: "k")) { error in
            XCTAssertEqual((error as? AuthorizedKeysError)?.message.hasPrefix("'a, \"b' cannot be a person id"), true, "\(error)")
        }
    }

    func testEveryUnusableLineIsNamedByItsNumber() {
        let cases: [(String, String)] = [
            ("ssh-ed25519", "k:2: expected '[options] keytype key [comment]'"),
            ("\(Self.rsa) old", "k:2: ssh-rsa keys are not supported by annex serve: use ssh-ed25519 or ecdsa (ssh-keygen -t ed25519)"),
            ("ssh-ed25519 AAAAnotakey jweiss", "k:2: the ssh-ed25519 key is damaged (its base64 text does not decode to a key of that type)"),
            ("\(Self.ed25519)", "k:2: no person for this key: add annex-user=\"ID\" before the key, or the id as its comment"),
            ("\(Self.ed25519) root@host", "k:2: 'root@host' cannot be a person id (the id 'root@host' may only hold letters, digits, '-', '_' and '.'): add annex-user=\"ID\" before the key"),
            ("from=\"10.0.0.0/8\" \(Self.ed25519) jweiss", "k:2: option 'from' is not supported by annex serve (it allows no forwarding, commands or shells at all)"),
            ("command=\"/bin/sh\" \(Self.ed25519) jweiss", "k:2: option 'command' is not supported by annex serve (it allows no forwarding, commands or shells at all)"),
            ("annex-user=jweiss \(Self.ed25519)", "k:2: the value of option 'annex-user' must be in double quotes"),
            ("annex-user=\"jweiss \(Self.ed25519)", "k:2: the value of option 'annex-user' has no closing quote"),
            ("restrict,,annex-user=\"j\" \(Self.ed25519)", "k:2: an empty option (two commas, or a comma before the key)"),
            ("annex-user \(Self.ed25519)", "k:2: annex-user needs a value: annex-user=\"ID\""),
            ("restrict=\"yes\" \(Self.ed25519) jweiss", "k:2: option 'restrict' takes no value"),
            ("annex-user=\"../etc\" \(Self.ed25519)", "k:2: '../etc' cannot be a person id (the id '../etc' may not start with '.'): add annex-user=\"ID\" before the key"),
        ]
        for (line, expected) in cases {
            XCTAssertThrowsError(try AuthorizedKeys.parse("\(Self.ed25519) fine\n\(line)\n", path: "k"), line) { error in
                XCTAssertEqual((error as? AuthorizedKeysError)?.description, expected, line)
            }
        }
    }

    func testAFileThatCannotBeReadSaysSo() {
        XCTAssertThrowsError(try AuthorizedKeys.load(path: "/nonexistent/authorized_keys")) { error in
            XCTAssertEqual("\(error)", "/nonexistent/authorized_keys: cannot be read (No such file or directory)")
        }
    }
}
