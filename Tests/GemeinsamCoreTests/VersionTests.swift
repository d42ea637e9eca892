import Testing
@testable import GemeinsamCore
@Test func version() { #expect(!GemeinsamCoreVersion.value.isEmpty) }
