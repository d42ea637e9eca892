import App

@main
enum Entrypoint {
    static func main() async {
        await Gemeinsam.main()
    }
}
