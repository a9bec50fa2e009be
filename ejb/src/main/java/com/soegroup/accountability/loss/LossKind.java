package com.soegroup.accountability.loss;

/** 直接损失 / 间接损失 (M§18): both count. */
public enum LossKind {
    DIRECT, INDIRECT
}
