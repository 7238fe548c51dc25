//! A frame as SVG path data. Numbers are written with one decimal by integer arithmetic,
//! which keeps float formatting out of the wasm.

use std::fmt::Write;

use super::Joint::{self, *};
use super::{Frame, Paint, Point, Shape, View};

/// The body's strokes: legs across the hips; arms across the shoulders, and the trunk.
const LEGS: [&[Joint]; 1] = [&[ToeL, AnkleL, KneeL, HipL, Pelvis, HipR, KneeR, AnkleR, ToeR]];
const UPPER_BODY: [&[Joint]; 2] = [
    &[HandL, ElbowL, ShoulderL, Neck, ShoulderR, ElbowR, HandR],
    &[Neck, Pelvis],
];

/// `value` with at most one decimal ("-12.5", "3", "0").
pub fn number(value: f32) -> String {
    let mut out = String::new();
    push_number(&mut out, value);
    out
}

fn push_number(out: &mut String, value: f32) {
    let tenths = if value.is_finite() {
        (value * 10.0).round() as i64
    } else {
        0
    };
    if tenths < 0 {
        out.push('-');
    }
    let tenths = tenths.unsigned_abs();
    let _ = write!(out, "{}", tenths / 10);
    if tenths % 10 != 0 {
        out.push('.');
        out.push(char::from(b'0' + (tenths % 10) as u8));
    }
}

/// Path data for the shapes: one "M x y L x y ..." subpath per polyline, circles as two arcs.
fn path_data(out: &mut String, shape: &Shape) {
    let mut polyline = |points: &[Point]| {
        for (i, p) in points.iter().enumerate() {
            out.push_str(if i == 0 { "M" } else { "L" });
            push_number(out, p.x);
            out.push(' ');
            push_number(out, p.y);
        }
    };
    match shape {
        Shape::Line(points) => polyline(points),
        Shape::Arrow { shaft, head } => {
            polyline(shaft);
            polyline(head);
        }
        Shape::Rect { min, max } => {
            polyline(&[
                *min,
                Point::new(max.x, min.y),
                *max,
                Point::new(min.x, max.y),
            ]);
            out.push('Z');
        }
        Shape::Circle { centre, radius } => {
            polyline(&[Point::new(centre.x - radius, centre.y)]);
            for dx in [2.0 * radius, -2.0 * radius] {
                out.push_str(" a");
                push_number(out, *radius);
                out.push(' ');
                push_number(out, *radius);
                out.push_str(" 0 1 0 ");
                push_number(out, dx);
                out.push_str(" 0");
            }
        }
    }
}

impl Frame {
    /// Everything to draw, in order, as (paint, SVG path data): equipment, legs, arms and
    /// trunk, head, arrows. The list's length and paints depend only on the demonstration,
    /// never on the moment or the side.
    pub fn paths(&self) -> Vec<(Paint, String)> {
        let strokes = |chains: &[&[Joint]]| {
            let mut d = String::new();
            for chain in chains {
                let points: Vec<Point> = chain.iter().map(|j| self.joint(*j)).collect();
                path_data(&mut d, &Shape::Line(points));
            }
            d
        };
        let legs = if self.view == View::Above {
            Paint::BodyBelow
        } else {
            Paint::Body
        };
        let head = Shape::Circle {
            centre: self.joint(Head),
            radius: self.head_radius,
        };
        let item = |(paint, shape): &(Paint, Shape)| {
            let mut d = String::new();
            path_data(&mut d, shape);
            (*paint, d)
        };
        let mut paths: Vec<(Paint, String)> = self.gear.iter().map(item).collect();
        paths.push((legs, strokes(&LEGS)));
        paths.push((Paint::Body, strokes(&UPPER_BODY)));
        paths.push(item(&(Paint::Head, head)));
        paths.extend(self.arrows.iter().map(item));
        paths
    }
}
