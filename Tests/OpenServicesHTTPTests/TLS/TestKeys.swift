/// A P-256 key made for these tests with openssl, once in the clear and once encrypted
/// (PKCS#8, AES-256-CBC, passphrase `test-passphrase`), to test encrypted client keys.
enum TestKeys {
    static let passphrase = "test-passphrase"

    static let clientKeyPEM = """
    -----BEGIN PRIVATE KEY-----
    MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgD2/Fw9z3cQCBASFP
    HiXf7MpM6xvQFJrtYimqwv/PjcChRANCAATYxCHa0yyqpJ+GMVEBgtMgDQVhfscW
    7pJRSsCZZb5uA70T5YVn/+qBrW5vie4GcE3t0Ue1/7XWzIv3ZAC15ZLR
    -----END PRIVATE KEY-----
    """

    static let encryptedClientKeyPEM = """
    -----BEGIN ENCRYPTED PRIVATE KEY-----
    MIHsMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAjnm8AbXpDDDwICCAAw
    DAYIKoZIhvcNAgkFADAdBglghkgBZQMEASoEEJ8/PfR0/Wusc+joACQrPd8EgZCh
    Ge4L9XodEoHCRvyJq7qLFn0UvoVpR3A2y/bzx9oibsp8Pjp44/ZFlzHYWDVFaqbg
    QfyywZuov+E6PGtlQKsM2wYOWkZSffhn/P8pO3BVopLvOVuvz9JGq05rpXOGvHTy
    GZfWFiSfL/H6X+y66/B4s2SX5Sg/IDc6/K5qz9YpA0C3UUYy6/IvWIIXuAvGM6Q=
    -----END ENCRYPTED PRIVATE KEY-----
    """
}
