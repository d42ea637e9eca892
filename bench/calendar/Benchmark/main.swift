// Benchmark and random cross-check for the GemeinsamCore recurrence engine.
//
//   CalendarBenchmark                 expand one year of 2,000 weekly offers (see README.md)
//   CalendarBenchmark --export DIR N  write N random schedules as DIR/random-K.ics + .expected.json
//                                     for check_ics.py
import Foundation
import GemeinsamCore
#if canImport(Glibc)
import Glibc
#endif

/// SplitMix64: deterministic pseudo-random numbers, the same on every machine.
struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }
}

func weeklySchedules(count: Int, seed: UInt64) throws -> [Schedule] {
    var random = SplitMix64(state: seed)
    let base = try CalendarDate(iso: "2025-06-01")
    return try (0..<count).map { _ in
        var days = Set<CalendarWeekday>()
        for _ in 0..<random.int(1...3) { days.insert(CalendarWeekday(rawValue: random.int(1...7))!) }
        let first = base.adding(days: random.int(0...400))!
        let last = random.int(0...3) == 0 ? first.adding(days: random.int(30...500)) : nil
        let start = random.int(7 * 4...20 * 4) * 15
        let cancelled = Set((0..<random.int(0...4)).compactMap { _ in first.adding(days: random.int(0...365)) })
        return try Schedule(kind: .weekly(weekdays: days, intervalWeeks: [1, 1, 1, 2, 2, 3, 4][random.int(0...6)]),
                            firstDate: first, lastDate: last,
                            startTime: CalendarTime(hour: start / 60, minute: start % 60),
                            endTime: CalendarTime(hour: start / 60 + random.int(1...3), minute: start % 60),
                            cancelledDates: cancelled)
    }
}

func mixedSchedules(count: Int, seed: UInt64) throws -> [Schedule] {
    var random = SplitMix64(state: seed)
    let weekly = try weeklySchedules(count: count, seed: seed &+ 1)
    return try weekly.enumerated().map { index, schedule in
        switch random.int(0...3) {
        case 0:
            let ordinal = [1, 2, 3, 4, 5, -1][random.int(0...5)]
            var first = schedule.firstDate
            // a fifth weekday needs a window long enough to contain one
            let last = schedule.lastDate.map { max($0, first.adding(days: 200)!) }
            if ordinal == 5 { first = first.adding(days: -1)! }
            return try Schedule(kind: .monthly(ordinal: ordinal, weekday: CalendarWeekday(rawValue: random.int(1...7))!),
                                firstDate: first, lastDate: last, startTime: schedule.startTime, endTime: schedule.endTime,
                                cancelledDates: schedule.cancelledDates)
        case 1 where index % 3 == 0:
            return try Schedule.once(on: schedule.firstDate, from: schedule.startTime, to: schedule.endTime,
                                     cancelled: random.int(0...5) == 0)
        default:
            return schedule
        }
    }
}

/// Milliseconds of CPU time used by this thread (less disturbed by other load on the machine).
func threadCPUMilliseconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) * 1000 + Double(spec.tv_nsec) / 1e6
}

func measure(_ label: String, runs: Int, _ body: () -> Int) {
    var wall: [Double] = []
    var cpu: [Double] = []
    var count = 0
    for _ in 0..<runs {
        let clock = ContinuousClock()
        let cpuStart = threadCPUMilliseconds()
        let start = clock.now
        count = body()
        let elapsed = clock.now - start
        cpu.append(threadCPUMilliseconds() - cpuStart)
        wall.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
    }
    wall.sort()
    cpu.sort()
    print(String(format: "%@: %d, wall median %.2f ms (min %.2f, max %.2f), CPU median %.2f ms (%d runs)",
                 label, count, wall[runs / 2], wall[0], wall[runs - 1], cpu[runs / 2], runs))
}

func benchmark() throws {
    let schedules = try weeklySchedules(count: 2_000, seed: 42)
    let from = try CalendarDate(iso: "2026-01-01")
    let through = try CalendarDate(iso: "2026-12-31")
    let fromInstant = EuropeBerlinTime.instant(for: from, try CalendarTime(hour: 0))
    let toInstant = EuropeBerlinTime.instant(for: through.adding(days: 1)!, try CalendarTime(hour: 0))

    // warm-up
    _ = schedules.reduce(0) { $0 + $1.occurrences(from: from, through: through).count }

    measure("2,000 weekly offers, 2026, by day (occurrences)", runs: 30) {
        schedules.reduce(0) { $0 + $1.occurrences(from: from, through: through).count }
    }
    measure("2,000 weekly offers, 2026, by instant (occurrences)", runs: 30) {
        schedules.reduce(0) { $0 + $1.occurrences(from: fromInstant, to: toInstant).count }
    }
    let mixed = try mixedSchedules(count: 2_000, seed: 7)
    measure("2,000 mixed offers (weekly/monthly/once), 2026 (occurrences)", runs: 30) {
        mixed.reduce(0) { $0 + $1.occurrences(from: from, through: through).count }
    }
    let feed = ICalendarFeed(name: "Benchmark", events: schedules.enumerated().map { index, schedule in
        ICalendarEvent(uid: "offer-\(index)@gemeinsam.dortmund", schedule: schedule, summary: "Angebot \(index) – Treffpunkt für alle")
    })
    measure("iCalendar feed of 2,000 offers (bytes)", runs: 10) {
        feed.render(stamp: Date(timeIntervalSince1970: 1_764_576_000)).utf8.count
    }
}

func export(to folder: String, count: Int) throws {
    let schedules = try mixedSchedules(count: count, seed: 2026)
    let from = try CalendarDate(iso: "2025-01-01")
    let through = try CalendarDate(iso: "2028-12-31")
    // groups of 10 schedules per feed, like a place or a search
    for group in stride(from: 0, to: count, by: 10) {
        let events = (group..<min(group + 10, count)).map { index in
            ICalendarEvent(uid: "random-\(index)@gemeinsam.dortmund", schedule: schedules[index], summary: "Zufall \(index)")
        }
        let feed = ICalendarFeed(name: "Zufall \(group)", events: events)
        let base = URL(fileURLWithPath: folder).appendingPathComponent("random-\(group)")
        try Data(feed.render(stamp: Date(timeIntervalSince1970: 1_764_576_000)).utf8).write(to: base.appendingPathExtension("ics"))
        try Data(ICalendarCheckFile.expectedJSON(from: from, through: through, events: events).utf8)
            .write(to: base.appendingPathExtension("expected.json"))
    }
    print("wrote \((count + 9) / 10) feeds to \(folder)")
}

let arguments = CommandLine.arguments
if arguments.count == 4, arguments[1] == "--export", let count = Int(arguments[3]) {
    try export(to: arguments[2], count: count)
} else {
    try benchmark()
}
