//! Running code in a later task of the browser's event loop, so that one long piece of work
//! becomes several short ones and a tap in between is answered.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Run `work` in a new task, as soon as the browser has handled what is already queued.
///
/// A message to a `MessageChannel`, not `setTimeout(0)`: timers are clamped to 4 ms when
/// nested and to a second or more in a hidden tab (a reload while the phone is locked must
/// still start the app), and test clocks that pause timers would stop the start-up with them.
pub fn run_soon(work: impl FnOnce() + 'static) {
    // One non-generic body: each closure type would otherwise get its own copy and JS shims.
    run_boxed(Box::new(work));
}

fn run_boxed(work: Box<dyn FnOnce()>) {
    let Ok(channel) = web_sys::MessageChannel::new() else {
        // No MessageChannel (no browser has none): run it now rather than never.
        work();
        return;
    };
    let port = channel.port1();
    let keep_port = port.clone();
    // The handler holds its port until the message has come, then lets both go.
    let handler = Closure::once_into_js(move || {
        keep_port.set_onmessage(None);
        work();
    });
    port.set_onmessage(Some(handler.unchecked_ref()));
    let _ = channel.port2().post_message(&wasm_bindgen::JsValue::NULL);
}

/// Wait for a new task (see [`run_soon`]): in async code, what lets the browser paint and answer
/// a tap between two long steps. The task is queued at the call, not at the first poll.
pub fn next_task() -> impl std::future::Future<Output = ()> {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        run_soon(move || {
            let _ = resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
        });
    });
    let resumed = wasm_bindgen_futures::JsFuture::from(promise);
    async move {
        let _ = resumed.await;
    }
}
