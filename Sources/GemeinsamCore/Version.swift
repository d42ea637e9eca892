public enum GemeinsamCoreVersion { public static let value = "0.1.0" }
