"""Understanding mail on the device: ONNX classification and rule-based extraction."""
