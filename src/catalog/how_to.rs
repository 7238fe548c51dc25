//! How to do each exercise, as its page tells it: the set-up, the steps, what to keep in mind,
//! what to do if it hurts, how to make it harder, and why its dose is what it is.
//!
//! Apart from [`EXERCISES`](super::EXERCISES) because only the exercise page reads it: a table
//! that only that page's code refers to is left out of the first download by the build's split
//! (about 2 KB of gzip). `tests/catalog.rs` checks that every exercise has its entry.

use super::types::HowTo;

pub static HOW_TO: &[HowTo] = &[
    HowTo {
        exercise: "knee-rotations",
        setup: "Lie on your back on the floor or a mat. Bend your knees and keep your feet side by side.",
        steps: &[
            "Let both knees lower slowly to one side.",
            "Go only as far as your shoulders can stay flat.",
            "Bring your knees back up to the middle.",
            "Lower them to the other side, then back to the middle.",
        ],
        cues: &["Shoulders stay on the floor", "Slow and easy", "Knees stay together"],
        if_it_hurts: "Make the movement smaller: lower your knees only a little way. \
            When that feels fine, let the range grow a bit at a time.",
        load_note: "Grow the range first, a little at a time. Later, add a few reps.",
        prescription_why: "Slow, easy reps within the one or two sets of six to eight that suit \
            a beginner. The effort is light, so the rests are short.",
    },
    HowTo {
        exercise: "texas-twist",
        setup: "Lie on your back, on the floor or in bed. Rest your arms out to the sides.",
        steps: &[
            "Bend one knee and bring it across your body toward the other side.",
            "Keep the opposite arm out on the floor, so that shoulder stays down.",
            "Stay there and breathe slowly.",
            "Come back to the middle, then do the other side.",
        ],
        cues: &["Breathe out and let go", "Far shoulder stays down", "Stretch, don't strain"],
        if_it_hurts: "Let the knee cross only part of the way. \
            When that feels fine, let it go a little further over the days.",
        load_note: "Let the stretch deepen bit by bit, then add a hold on each side.",
        prescription_why: "Three holds of about ten seconds on each side, as back-care leaflets \
            suggest for gentle lying stretches.",
    },
    HowTo {
        exercise: "pallof-hold",
        setup: "Fix a band at chest height, or set a cable there. \
            Stand with your side to it, feet about hip-width apart.",
        steps: &[
            "Take the handle in both hands and hold it at your chest.",
            "Push your arms out straight, level with your chest.",
            "Stay there. The pull tries to turn you; you stay still.",
            "Bring it back to your chest. Turn around for the other side.",
        ],
        cues: &["Hips and shoulders face forward", "Don't let it turn you", "Keep breathing"],
        if_it_hurts: "Push the handle only part of the way out, and use a lighter band or weight. \
            When that feels fine, build back up gradually.",
        load_note: "Add a hold on each side first. Later, use a stronger band or more weight, \
            or stand a step further from the anchor.",
        prescription_why: "Short holds of about ten seconds, as in back-endurance programmes; \
            three on each side to start.",
    },
    HowTo {
        exercise: "pallof-press",
        setup: "Fix a band at chest height, or set a cable there. \
            Stand with your side to it, feet about hip-width apart.",
        steps: &[
            "Take the handle in both hands and hold it at your chest.",
            "Slowly push your arms out straight.",
            "Pause, then bring it back to your chest, slowly.",
            "Finish the reps, then turn around for the other side.",
        ],
        cues: &["Stay square to the front", "Slow out, slow in", "Keep breathing"],
        if_it_hurts: "Press only part of the way out, and use a lighter band or weight. \
            When that feels fine, add range and load back gradually.",
        load_note: "Add a rep a week, up to about eight to ten. Then use a stronger band or more \
            weight, or stand a step further from the anchor.",
        prescription_why: "Three sets of five slow presses on each side, a common way coaches \
            start it. Reps grow before the load does.",
    },
    HowTo {
        exercise: "cable-rotation",
        setup: "Set the cable at chest height with a light weight. \
            Stand with your side to it, feet pointing forward.",
        steps: &[
            "Take the handle in both hands, arms out in front.",
            "Turn your chest away from the cable, drawing the handle across your body.",
            "Come back slowly to where you started.",
            "Finish the reps, then turn around for the other side.",
        ],
        cues: &["Feet point forward", "Turn from your middle", "Smooth, not fast"],
        if_it_hurts: "Make the turn shorter and use a lighter weight. \
            When that feels fine, grow the range and the weight gradually.",
        load_note: "Start light with a small turn. Grow the range first, then the weight.",
        prescription_why: "Two sets of eight slow reps on each side, the gentle end of light \
            strength work, with under a minute's rest.",
    },
    HowTo {
        exercise: "cable-low-to-high",
        setup: "Set the cable low with a light weight. \
            Stand with your side to it, feet pointing forward and knees soft.",
        steps: &[
            "Take the handle in both hands, down by the hip nearest the cable.",
            "Turn and lift it across your body, up past the other shoulder.",
            "Lower it slowly back along the same path.",
            "Finish the reps, then turn around for the other side.",
        ],
        cues: &["Low to high, one smooth line", "Turn from your middle", "Arms stay long"],
        if_it_hurts: "Make the path shorter and use a lighter weight. \
            When that feels fine, grow the range and the weight gradually.",
        load_note: "Grow the range first, then the weight.",
        prescription_why: "The same as cable rotations: two sets of eight slow reps on each side, \
            with under a minute's rest.",
    },
    HowTo {
        exercise: "cable-high-to-low",
        setup: "Set the cable high with a light weight. \
            Stand with your side to it, feet pointing forward and knees soft.",
        steps: &[
            "Take the handle in both hands, up by the shoulder nearest the cable.",
            "Turn and bring it down across your body, toward the other hip.",
            "Raise it slowly back along the same path.",
            "Finish the reps, then turn around for the other side.",
        ],
        cues: &["High to low, one smooth line", "Turn from your middle", "Arms stay long"],
        if_it_hurts: "Make the path shorter and use a lighter weight. \
            When that feels fine, grow the range and the weight gradually.",
        load_note: "Grow the range first, then the weight.",
        prescription_why: "The same as cable rotations: two sets of eight slow reps on each side, \
            with under a minute's rest.",
    },
    HowTo {
        exercise: "cable-kneeling",
        setup: "Set the cable at chest height with a light weight. Kneel with your side to it on the \
            knee nearest the cable, other foot flat in front of you.",
        steps: &[
            "Take the handle in both hands, arms out toward the cable.",
            "Turn toward your front leg, drawing the handle across.",
            "Come back slowly to where you started.",
            "Finish the reps, then switch knees and face the other way.",
        ],
        cues: &["Hips stay still", "Turn toward the front knee", "Tall through the spine"],
        if_it_hurts: "Make the turn shorter and use a lighter weight. \
            When that feels fine, grow the range and the weight gradually.",
        load_note: "Grow the range first, then the weight.",
        prescription_why: "The same as cable rotations: two sets of eight slow reps on each side, \
            with under a minute's rest.",
    },
    HowTo {
        exercise: "swiss-ball-leg-rotations",
        setup: "Lie on your back with your arms resting wide on the floor. \
            Grip a Swiss ball between your feet.",
        steps: &[
            "Raise your legs toward the ceiling, the ball between your feet.",
            "Slowly let your legs tip a little way to one side.",
            "Bring them back to the middle under control.",
            "Tip them to the other side, then back to the middle.",
        ],
        cues: &["Arms wide and heavy", "Slow and in control", "Shoulders stay down"],
        if_it_hurts: "Tip your legs only a short way to each side. \
            When that feels fine, let the range grow gradually.",
        load_note: "Grow the range first, then add a few reps.",
        prescription_why: "Two sets of six slow reps, the low end of the usual six to eight, \
            because raised legs make a long, heavy lever.",
    },
    HowTo {
        exercise: "landmine-rotation",
        setup: "Fix one end of a barbell in a landmine or a corner. \
            Stand facing the free end, feet a little wider than your hips.",
        steps: &[
            "Hold the free end with both hands, arms straight, in front of your chest.",
            "Bring the bar over and down toward one hip.",
            "Allow your rear foot to swivel as you turn.",
            "Bring it up and over, down toward the other hip.",
        ],
        cues: &["Arms stay straight", "Rear foot swivels", "Brace your middle"],
        if_it_hurts: "Make the arc smaller and take the extra weight off the bar. \
            When that feels fine, widen the arc and add weight back gradually.",
        load_note: "Widen the arc first. Then, as you get stronger, add weight to the bar \
            in small steps.",
        prescription_why: "Two sets of six: fewer reps because your whole body works hard, \
            and a full minute's rest between sets.",
    },
];
