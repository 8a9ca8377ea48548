import { describe, expect, it } from "vitest";
import { changeDirection } from "./change-direction";

describe("arrows for classification changes (SPEC §6.4)", () => {
  it("orders stages LOST < POTENTIAL < ONE_TIME < REGULAR, XYZ Z < Y < X, ABC C < B < A, none lowest", () => {
    expect(changeDirection("STAGE", "LOST", "POTENTIAL")).toBe("up");
    expect(changeDirection("STAGE", "REGULAR", "ONE_TIME")).toBe("down");
    expect(changeDirection("STAGE", "POTENTIAL", "LOST")).toBe("down");
    expect(changeDirection("XYZ", "Z", "X")).toBe("up");
    expect(changeDirection("XYZ", "X", null)).toBe("down");
    expect(changeDirection("ABC", null, "C")).toBe("up");
    expect(changeDirection("ABC", "A", "B")).toBe("down");
    expect(changeDirection("ABC", "B", "B")).toBeNull();
  });
});
