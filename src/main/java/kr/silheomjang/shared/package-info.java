/** Shared kernel: the few exception types every feature's service uses to talk to the UI. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package kr.silheomjang.shared;
