/**
 * Just enough of the protobuf wire format to write ONNX models in tests: varints (int32, int64,
 * enums), length-delimited fields (strings, bytes, nested messages, packed arrays) and fixed32
 * floats. Writing a format by hand beats adding a dependency for a test fixture.
 */
const VARINT = 0;
const LENGTH_DELIMITED = 2;
const FIXED32 = 5;

export class ProtobufWriter {
  private readonly parts: Uint8Array[] = [];

  private tag(field: number, wireType: number): void {
    this.rawVarint(BigInt((field << 3) | wireType));
  }

  /** Negative numbers are written as 10-byte two's complement, as protobuf does for int64. */
  private rawVarint(value: bigint): void {
    let rest = BigInt.asUintN(64, value);
    const bytes: number[] = [];
    do {
      let byte = Number(rest & 0x7fn);
      rest >>= 7n;
      if (rest !== 0n) byte |= 0x80;
      bytes.push(byte);
    } while (rest !== 0n);
    this.parts.push(Uint8Array.from(bytes));
  }

  varint(field: number, value: number | bigint): this {
    this.tag(field, VARINT);
    this.rawVarint(BigInt(value));
    return this;
  }

  bytes(field: number, value: Uint8Array): this {
    this.tag(field, LENGTH_DELIMITED);
    this.rawVarint(BigInt(value.length));
    this.parts.push(value);
    return this;
  }

  string(field: number, value: string): this {
    return this.bytes(field, new TextEncoder().encode(value));
  }

  message(field: number, build: (writer: ProtobufWriter) => void): this {
    const nested = new ProtobufWriter();
    build(nested);
    return this.bytes(field, nested.finish());
  }

  float(field: number, value: number): this {
    this.tag(field, FIXED32);
    const buffer = new Uint8Array(4);
    new DataView(buffer.buffer).setFloat32(0, value, true);
    this.parts.push(buffer);
    return this;
  }

  packedVarints(field: number, values: readonly (number | bigint)[]): this {
    const nested = new ProtobufWriter();
    for (const value of values) nested.rawVarint(BigInt(value));
    return this.bytes(field, nested.finish());
  }

  finish(): Uint8Array {
    const length = this.parts.reduce((sum, part) => sum + part.length, 0);
    const out = new Uint8Array(length);
    let offset = 0;
    for (const part of this.parts) {
      out.set(part, offset);
      offset += part.length;
    }
    return out;
  }
}
