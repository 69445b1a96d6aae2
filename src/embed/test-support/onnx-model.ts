import { ProtobufWriter } from './protobuf-writer.ts';

/**
 * A small ONNX graph written as ModelProto bytes (field numbers from onnx/onnx.proto). Enough for
 * test models built from a few standard operators with constant weights; not a general exporter.
 */
export type OnnxDataType = 'float' | 'int64';

export interface OnnxTensor {
  name: string;
  dataType: OnnxDataType;
  dims: number[];
  values: readonly number[] | Float32Array;
}

export type OnnxAttribute = { int: number } | { ints: number[] } | { float: number };

export interface OnnxNode {
  opType: string;
  inputs: string[];
  outputs: string[];
  attributes?: Record<string, OnnxAttribute>;
}

export interface OnnxValueInfo {
  name: string;
  dataType: OnnxDataType;
  /** A number is a fixed size, a string a named dynamic dimension such as `batch`. */
  shape: (number | string)[];
}

export interface OnnxGraph {
  name: string;
  opset: number;
  inputs: OnnxValueInfo[];
  outputs: OnnxValueInfo[];
  nodes: OnnxNode[];
  initializers: OnnxTensor[];
}

const DATA_TYPE_CODES: Record<OnnxDataType, number> = { float: 1, int64: 7 };
const IR_VERSION = 8;

function writeTensor(writer: ProtobufWriter, tensor: OnnxTensor): void {
  writer.packedVarints(1, tensor.dims).varint(2, DATA_TYPE_CODES[tensor.dataType]).string(8, tensor.name);
  // raw_data (field 9) holds little-endian values, which is what every machine we run on uses.
  if (tensor.dataType === 'float') {
    const values = Float32Array.from(tensor.values);
    writer.bytes(9, new Uint8Array(values.buffer));
  } else {
    const values = BigInt64Array.from(Array.from(tensor.values, (value) => BigInt(value)));
    writer.bytes(9, new Uint8Array(values.buffer));
  }
}

function writeValueInfo(writer: ProtobufWriter, info: OnnxValueInfo): void {
  writer.string(1, info.name).message(2, (type) =>
    type.message(1, (tensorType) =>
      tensorType.varint(1, DATA_TYPE_CODES[info.dataType]).message(2, (shape) => {
        for (const dimension of info.shape) {
          shape.message(1, (dim) =>
            typeof dimension === 'number' ? dim.varint(1, dimension) : dim.string(2, dimension),
          );
        }
      }),
    ),
  );
}

function writeAttribute(writer: ProtobufWriter, name: string, attribute: OnnxAttribute): void {
  writer.string(1, name);
  if ('int' in attribute) writer.varint(3, attribute.int).varint(20, 2);
  else if ('ints' in attribute) writer.packedVarints(8, attribute.ints).varint(20, 7);
  else writer.float(2, attribute.float).varint(20, 1);
}

export function encodeOnnxModel(graph: OnnxGraph): Uint8Array {
  return new ProtobufWriter()
    .varint(1, IR_VERSION)
    .string(2, 'atelier-test')
    .message(7, (writer) => {
      graph.nodes.forEach((node, index) => {
        writer.message(1, (nodeWriter) => {
          for (const input of node.inputs) nodeWriter.string(1, input);
          for (const output of node.outputs) nodeWriter.string(2, output);
          nodeWriter.string(3, `${node.opType.toLowerCase()}_${index}`).string(4, node.opType);
          for (const [name, attribute] of Object.entries(node.attributes ?? {})) {
            nodeWriter.message(5, (attributeWriter) => writeAttribute(attributeWriter, name, attribute));
          }
        });
      });
      writer.string(2, graph.name);
      for (const tensor of graph.initializers)
        writer.message(5, (tensorWriter) => writeTensor(tensorWriter, tensor));
      for (const input of graph.inputs) writer.message(11, (infoWriter) => writeValueInfo(infoWriter, input));
      for (const output of graph.outputs)
        writer.message(12, (infoWriter) => writeValueInfo(infoWriter, output));
    })
    .message(8, (opset) => opset.string(1, '').varint(2, graph.opset))
    .finish();
}
