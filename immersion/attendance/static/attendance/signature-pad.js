/* Signing pad for attendance sheets: draw with a finger, a pen or a mouse on a canvas.
 * The drawing is sent as a PNG data URL in the form's hidden "image" field. Without
 * JavaScript the pad stays hidden and the one-time code is the way to sign. */
(function () {
  "use strict";

  function setUp(root) {
    var canvas = root.querySelector("canvas");
    var input = root.querySelector("input[name=image]");
    var clear = root.querySelector("[data-signature-clear]");
    var submit = root.querySelector("[data-signature-submit]");
    var status = root.querySelector("[data-signature-status]");
    var context = canvas.getContext("2d");
    var drawing = false;
    var last = null;
    var ink = 0;

    function reset() {
      var ratio = Math.min(window.devicePixelRatio || 1, 2);
      var box = canvas.getBoundingClientRect();
      canvas.width = Math.round(box.width * ratio);
      canvas.height = Math.round(box.height * ratio);
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      context.lineWidth = 2.5;
      context.lineCap = "round";
      context.lineJoin = "round";
      context.strokeStyle = "#161616";
      ink = 0;
      input.value = "";
      submit.disabled = true;
      if (status) {
        status.textContent = status.dataset.empty;
      }
    }

    function point(event) {
      var box = canvas.getBoundingClientRect();
      return { x: event.clientX - box.left, y: event.clientY - box.top };
    }

    canvas.addEventListener("pointerdown", function (event) {
      drawing = true;
      last = point(event);
      if (canvas.setPointerCapture) {
        canvas.setPointerCapture(event.pointerId);
      }
      event.preventDefault();
    });
    canvas.addEventListener("pointermove", function (event) {
      if (!drawing) {
        return;
      }
      var next = point(event);
      context.beginPath();
      context.moveTo(last.x, last.y);
      context.lineTo(next.x, next.y);
      context.stroke();
      ink += Math.abs(next.x - last.x) + Math.abs(next.y - last.y);
      last = next;
      event.preventDefault();
    });
    function stop() {
      if (!drawing) {
        return;
      }
      drawing = false;
      if (ink > 40) {
        input.value = canvas.toDataURL("image/png");
        submit.disabled = false;
        if (status) {
          status.textContent = status.dataset.ready;
        }
      }
    }
    canvas.addEventListener("pointerup", stop);
    canvas.addEventListener("pointercancel", stop);
    canvas.addEventListener("pointerleave", stop);
    clear.addEventListener("click", reset);
    root.hidden = false;
    reset();
  }

  document.querySelectorAll("[data-signature-pad]").forEach(setUp);
})();
